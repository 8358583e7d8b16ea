import './embedDialog.css';
import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { embedParts, type EmbedPartId } from '../../content/embed';
import {
  embedDialogUi,
  embedSnippetKinds,
  embedThemes,
  type EmbedSnippetKind,
  type EmbedThemeChoice,
} from '../../content/embedDialog';
import { ChoiceGroup } from './ChoiceGroup';
import { CopyCode } from './CopyCode';
import { embedSnippet } from './embedSnippets';
import { embedPageUrl } from './embedUrls';

interface EmbedDialogProps {
  /** Called once the dialog has closed (button, Escape or a click on the backdrop). */
  readonly onClose: () => void;
}

/**
 * For editors: choose a part, the kind of code and the colours, then copy a
 * ready snippet. A native modal <dialog>: focus moves in, stays in, and
 * Escape closes it.
 */
export const EmbedDialog = ({ onClose }: EmbedDialogProps) => {
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [part, setPart] = useState<EmbedPartId>('story');
  const [kind, setKind] = useState<EmbedSnippetKind>('iframe');
  const [theme, setTheme] = useState<EmbedThemeChoice>('auto');
  // Off by default: an embed tells the story as of March 7, 2021 unless the editor asks for hindsight.
  const [hindsight, setHindsight] = useState(false);
  // Mounted only in the browser, after a click: the page's own address is the embed's home.
  const options = { siteRoot: new URL('/', window.location.href).href, part, theme, hindsight };

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    // Browsers without modal dialogs still show it, in place.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }, []);

  const close = () => {
    const dialog = dialogRef.current;
    if (dialog !== null && typeof dialog.close === 'function') dialog.close();
    else onClose();
  };

  // The backdrop belongs to the <dialog> element itself; its content sits in an inner box.
  const handleClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) close();
  };

  return (
    <dialog ref={dialogRef} className="embed-dialog" aria-labelledby={titleId} onClose={onClose} onClick={handleClick}>
      <div className="embed-dialog__box">
        <div className="embed-dialog__header">
          <h2 id={titleId} className="embed-dialog__title">
            {embedDialogUi.dialogTitle}
          </h2>
          <button type="button" className="embed-action" onClick={close}>
            {embedDialogUi.closeDialog}
          </button>
        </div>
        <p className="embed-dialog__intro">{embedDialogUi.dialogIntro}</p>
        <div className="embed-dialog__body">
          <div>
            <ChoiceGroup legend={embedDialogUi.partLegend} name="embed-part" choices={embedParts} value={part} onChange={setPart} />
            <ChoiceGroup legend={embedDialogUi.kindLegend} name="embed-kind" choices={embedSnippetKinds} value={kind} onChange={setKind} />
            <ChoiceGroup legend={embedDialogUi.themeLegend} name="embed-theme" choices={embedThemes} value={theme} onChange={setTheme} />
            <div className="choice-group choice-group__option">
              <input
                type="checkbox"
                id="embed-hindsight"
                checked={hindsight}
                aria-describedby="embed-hindsight-hint"
                onChange={(event) => setHindsight(event.currentTarget.checked)}
              />
              <label htmlFor="embed-hindsight">{embedDialogUi.hindsightOption}</label>
              <p id="embed-hindsight-hint" className="choice-group__hint">
                {embedDialogUi.hindsightHint}
              </p>
            </div>
          </div>
          <div>
            <CopyCode code={embedSnippet(kind, options)} />
            <p className="embed-dialog__preview">
              <a href={embedPageUrl(options)} target="_blank" rel="noopener">
                {embedDialogUi.preview}
              </a>
            </p>
          </div>
        </div>
      </div>
    </dialog>
  );
};
