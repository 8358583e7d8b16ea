import { useId, useRef, useState } from 'react';
import { embedDialogUi } from '../../content/embedDialog';

interface CopyCodeProps {
  readonly code: string;
}

type CopyStatus = 'idle' | 'copied' | 'selected';

/**
 * The code in a read-only text box and a Copy button. Where the clipboard is
 * refused (permissions, an old browser, a sandbox) the code is selected
 * instead and the reader is told to copy it with the keyboard.
 */
export const CopyCode = ({ code }: CopyCodeProps) => {
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<{ code: string; value: CopyStatus }>({ code, value: 'idle' });
  // A new snippet clears the previous "Copied".
  const shown = status.code === code ? status.value : 'idle';

  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus({ code, value: 'copied' });
    } catch {
      textRef.current?.focus();
      textRef.current?.select();
      setStatus({ code, value: 'selected' });
    }
  };

  return (
    <div className="copy-code">
      <label htmlFor={id} className="copy-code__label">
        {embedDialogUi.codeLabel}
      </label>
      <textarea
        id={id}
        ref={textRef}
        className="copy-code__text"
        value={code}
        readOnly
        rows={8}
        spellCheck={false}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="copy-code__actions">
        <button type="button" className="embed-action embed-action--primary" onClick={() => void handleCopy()}>
          {embedDialogUi.copy}
        </button>
        <p role="status" className="copy-code__status">
          {shown === 'copied' ? embedDialogUi.copied : shown === 'selected' ? embedDialogUi.copyFallback : ''}
        </p>
      </div>
    </div>
  );
};
