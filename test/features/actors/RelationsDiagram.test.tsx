import { describe, expect, it } from 'vitest';
import { actorRelations } from '../../../src/content/actors';
import { RelationsDiagram } from '../../../src/features/actors/RelationsDiagram';
import { nodePositions } from '../../../src/features/actors/relationsLayout';
import { renderWithProviders } from '../../render';

// The diagram is hidden from assistive technology (the list says the same), so these tests read the SVG itself.
const renderDiagram = (selectedActorId: string | null) =>
  renderWithProviders(<RelationsDiagram selectedActorId={selectedActorId} />).container.querySelector('svg')!;

describe('RelationsDiagram', () => {
  it('draws one node per placed actor and numbers the relations in list order', () => {
    const svg = renderDiagram(null);
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.querySelectorAll('.relations__node')).toHaveLength(nodePositions.size);
    const numbers = Array.from(svg.querySelectorAll('.relations__label')).map((label) => label.textContent);
    expect(numbers).toEqual(actorRelations.map((relation, index) => `${index + 1}${relation.label}`));
    expect(svg.querySelectorAll('[data-dimmed]')).toHaveLength(0);
  });

  it('keeps the selected actor, its relations and who they connect at full strength', () => {
    const svg = renderDiagram('khalilzad');
    const litNodes = Array.from(svg.querySelectorAll('.relations__node:not([data-dimmed])')).map((node) => node.textContent);
    expect(litNodes).toEqual(['AGGhani', 'ZKKhalilzad', 'TALTaliban']);
    expect(svg.querySelector('.relations__node[data-selected="true"]')?.textContent).toBe('ZKKhalilzad');
    const litEdges = Array.from(svg.querySelectorAll('.relations__edge:not([data-dimmed])')).map((edge) => edge.textContent);
    expect(litEdges).toEqual(['2Written proposals']);
  });

  it('dims everything for an actor it does not show', () => {
    const svg = renderDiagram('nyt');
    expect(svg.querySelectorAll('.relations__node:not([data-dimmed]), .relations__edge:not([data-dimmed])')).toHaveLength(0);
  });
});
