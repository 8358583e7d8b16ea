import { useEffect, useState } from 'react';
import type { HindsightLayer } from '../../content/hindsightLayer';
import { ui } from '../../content/site';
import { timelineUi as copy } from '../../content/timeline';
import { DATA_FILES, HINDSIGHT_FILE_NAMES, timelineDataFiles } from './timelineData';

interface TimelineDownloadsProps {
  /** With hindsight, the files gain the later events and troop figures, made here from the loaded layer. */
  readonly hindsight?: HindsightLayer | null;
}

type FileKey = keyof typeof DATA_FILES;

const links = [
  { key: 'eventsCsv', label: copy.downloads.eventsCsv },
  { key: 'eventsJson', label: copy.downloads.eventsJson },
  { key: 'troopsCsv', label: copy.downloads.troopsCsv },
  { key: 'troopsJson', label: copy.downloads.troopsJson },
] as const satisfies readonly { key: FileKey; label: string }[];

const TYPES = { csv: 'text/csv;charset=utf-8', json: 'application/json;charset=utf-8' } as const;

/**
 * The files with later reporting as object URLs, made once per layer and
 * revoked when it goes; null without hindsight (the build's files serve).
 */
const useLaterFiles = (hindsight: HindsightLayer | null): Readonly<Record<FileKey, string>> | null => {
  const [urls, setUrls] = useState<Readonly<Record<FileKey, string>> | null>(null);
  useEffect(() => {
    if (hindsight === null) return undefined;
    const files = timelineDataFiles(hindsight);
    const made = Object.fromEntries(
      links.map(({ key }) => {
        const file = files.find((f) => f.fileName === HINDSIGHT_FILE_NAMES[key]);
        const type = key.endsWith('Csv') ? TYPES.csv : TYPES.json;
        return [key, URL.createObjectURL(new Blob([file?.source ?? ''], { type }))];
      }),
    ) as Record<FileKey, string>;
    setUrls(made);
    return () => {
      setUrls(null);
      Object.values(made).forEach((url) => URL.revokeObjectURL(url));
    };
  }, [hindsight]);
  return hindsight === null ? null : urls;
};

/**
 * Links to the events and the troop series, generated at build time from
 * this same content; with hindsight, to the same files with later reporting
 * added, each row's source_type saying which kind of source it rests on.
 */
export const TimelineDownloads = ({ hindsight = null }: TimelineDownloadsProps) => {
  const later = useLaterFiles(hindsight);
  return (
    <div className="tl-downloads">
      <p className="tl-downloads__label">{later === null ? copy.downloads.heading : ui.downloadsLaterHeading}</p>
      {later !== null && <p className="tl-downloads__note">{ui.downloadsSourceTypeNote}</p>}
      <ul role="list" className="tl-downloads__list">
        {links.map(({ key, label }) => (
          <li key={key}>
            {/* Root-relative like the favicon: the build's files sit beside index.html. */}
            {later === null ? (
              <a href={`/${DATA_FILES[key]}`} download>
                {label}
              </a>
            ) : (
              <a href={later[key]} download={HINDSIGHT_FILE_NAMES[key]}>
                {label}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
};
