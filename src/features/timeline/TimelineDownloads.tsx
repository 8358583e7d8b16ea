import { timelineUi as copy } from '../../content/timeline';
import { DATA_FILES } from './timelineData';

const links = [
  { file: DATA_FILES.eventsCsv, label: copy.downloads.eventsCsv },
  { file: DATA_FILES.eventsJson, label: copy.downloads.eventsJson },
  { file: DATA_FILES.troopsCsv, label: copy.downloads.troopsCsv },
  { file: DATA_FILES.troopsJson, label: copy.downloads.troopsJson },
] as const;

/** Links to the events and the troop series, generated at build time from this same content. */
export const TimelineDownloads = () => (
  <div className="tl-downloads">
    <p className="tl-downloads__label">{copy.downloads.heading}</p>
    <ul role="list" className="tl-downloads__list">
      {links.map(({ file, label }) => (
        <li key={file}>
          {/* Root-relative like the favicon: the files sit beside index.html. */}
          <a href={`/${file}`} download>
            {label}
          </a>
        </li>
      ))}
    </ul>
  </div>
);
