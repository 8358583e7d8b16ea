import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BriefingSlide } from '../../src/app/BriefingSlide';
import { actorGroups } from '../../src/content/actors';
import { briefingSlides } from '../../src/content/briefing';
import { presentUi } from '../../src/content/present';
import { proposals } from '../../src/content/proposals';
import { renderWithProviders } from '../render';

// Slides composed by the app. That they fit the 16:9 canvas at 20 px or more is measured in Chromium (test/e2e/present.test.ts).
const proposalSlides = briefingSlides.filter((slide) => slide.kind === 'proposal');
const slideById = (id: string) => briefingSlides.find((slide) => slide.id === id)!;

describe('BriefingSlide: the proposal slides', () => {
  it('has one per proposal', () => {
    expect(proposalSlides.map((slide) => slide.proposal)).toEqual(proposals.map((p) => p.id));
  });

  it.each(proposalSlides.map((slide) => [slide.id, slide] as const))('%s shows the ask, the letter’s words and the aim, with nothing to click and no filler', (_, slide) => {
    const proposal = proposals.find((p) => p.id === slide.proposal)!;
    const { container } = renderWithProviders(<BriefingSlide slide={slide} step={0} />);
    expect(screen.getByRole('heading', { level: 2, name: `Proposal ${proposal.number}: ${proposal.title}` })).toBeTruthy();
    const aim = screen.getAllByRole('term').find((term) => term.textContent === 'What it is meant to do');
    expect(aim?.nextElementSibling?.textContent).toBe(proposal.aim);
    expect(screen.getByText(proposal.ask)).toBeTruthy();
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toContain('The letter’s words, as reported');
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(container.textContent).not.toContain(presentUi.notStated);
  });

  it('keeps the where and when the article gives (proposal 3), and drops those it does not (proposal 1)', () => {
    renderWithProviders(<BriefingSlide slide={slideById('proposal-3')} step={0} />);
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(expect.arrayContaining(['Who', 'Where', 'When']));
    expect(screen.getByText('Turkey (no city given)')).toBeTruthy();
  });

  it('drops a row whose value is not stated', () => {
    renderWithProviders(<BriefingSlide slide={slideById('proposal-1')} step={0} />);
    const terms = screen.getAllByRole('term').map((term) => term.textContent);
    expect(terms).toContain('Who');
    expect(terms).not.toContain('Where');
    expect(terms).not.toContain('When');
  });
});

describe('BriefingSlide: the other slides', () => {
  it('the title slide shows no key hint (the presenter’s notes do)', () => {
    const { container } = renderWithProviders(<BriefingSlide slide={slideById('title')} step={0} />);
    expect(container.textContent).not.toContain(presentUi.keyHint);
    expect(container.textContent).not.toMatch(/press \?/i);
  });

  it('who’s who is the relations diagram, with a key that names every colour and line in words', () => {
    renderWithProviders(<BriefingSlide slide={slideById('whos-who')} step={0} />);
    const figure = screen.getByRole('figure', { name: 'Who asks what of whom' });
    expect(figure.querySelector('svg.relations__diagram')).not.toBeNull();
    const key = within(figure).getAllByRole('listitem').map((item) => item.textContent?.trim());
    expect(key).toEqual(
      expect.arrayContaining([
        ...actorGroups.filter((g) => ['united-states', 'afghan-government', 'taliban'].includes(g.id)).map((g) => g.label),
        presentUi.relationsLegend.others,
        presentUi.relationsLegend.asks,
        presentUi.relationsLegend.hosts,
      ]),
    );
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('the countdown slide counts 55 days from the letter’s publication to May 1', () => {
    renderWithProviders(<BriefingSlide slide={slideById('countdown')} step={0} />);
    expect(screen.getByRole('heading', { level: 2, name: '55 days to May 1, 2021' })).toBeTruthy();
    expect(screen.getByText('March 7, 2021').getAttribute('datetime')).toBe('2021-03-07');
    expect(screen.getByText('May 1, 2021').getAttribute('datetime')).toBe('2021-05-01');
  });

  it('the troop slide goes from about 100,000 at the 2010–2011 peak to 2,500 in January 2021', () => {
    renderWithProviders(<BriefingSlide slide={slideById('troop-drawdown')} step={0} />);
    expect(screen.getByRole('heading', { level: 2, name: 'From about 100,000 U.S. troops to 2,500' })).toBeTruthy();
    const counts = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(counts).toEqual(['about 100,000At the peak, 2010–2011', '2,500January 2021']);
  });
});
