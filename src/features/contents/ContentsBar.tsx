import { useId, useRef, useState } from 'react';
import { ui } from '../../content/site';
import { useCurrentSection } from './useCurrentSection';
import { useFocusAboveBar } from './useFocusAboveBar';
import { useScrollProgress } from './useScrollProgress';

export interface ContentsEntry {
  readonly id: string;
  readonly label: string;
}

interface ContentsBarProps {
  readonly entries: readonly ContentsEntry[];
  /** After a link is followed: the page moves focus to the section's heading. */
  readonly onNavigate: (id: string) => void;
}

/**
 * The contents, always in reach at the foot of the screen: every section as a
 * link, the one the reader is in marked aria-current="location", and a line
 * showing how far they have read. On narrow screens the list folds behind one
 * button that names the current section. Fixed from the first paint, so it
 * never shifts the page; the page leaves room for it (see contents.css).
 */
export const ContentsBar = ({ entries, onNavigate }: ContentsBarProps) => {
  const listId = useId();
  const progress = useRef<HTMLSpanElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const nav = useRef<HTMLElement>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [ids] = useState(() => entries.map((entry) => entry.id));
  const current = useCurrentSection(ids);
  useScrollProgress(progress);
  useFocusAboveBar(nav);
  const currentLabel = entries.find((entry) => entry.id === current)?.label;
  return (
    <nav
      ref={nav}
      className="contents"
      aria-label={ui.contentsLabel}
      data-open={isOpen ? 'true' : undefined}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !isOpen) return;
        setIsOpen(false);
        toggle.current?.focus();
      }}
    >
      <span className="contents__progress" aria-hidden="true">
        <span ref={progress} className="contents__progress-fill" />
      </span>
      <button ref={toggle} type="button" className="contents__toggle" aria-expanded={isOpen} aria-controls={listId} onClick={() => setIsOpen((open) => !open)}>
        {ui.contentsLabel}
        {currentLabel !== undefined && <span className="contents__current">{currentLabel}</span>}
      </button>
      <ol id={listId} className="contents__list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a
              href={`#${entry.id}`}
              aria-current={entry.id === current ? 'location' : undefined}
              onClick={() => {
                setIsOpen(false);
                onNavigate(entry.id);
              }}
            >
              {entry.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
};
