interface Choice<T extends string> {
  readonly id: T;
  readonly label: string;
  readonly hint?: string;
}

interface ChoiceGroupProps<T extends string> {
  readonly legend: string;
  /** Groups the radios; unique within the dialog. */
  readonly name: string;
  readonly choices: readonly Choice<T>[];
  readonly value: T;
  readonly onChange: (value: T) => void;
}

/** A native radio group: arrow keys, labels and the group name come from the browser. */
export const ChoiceGroup = <T extends string>({ legend, name, choices, value, onChange }: ChoiceGroupProps<T>) => (
  <fieldset className="choice-group">
    <legend className="choice-group__legend">{legend}</legend>
    {choices.map((choice) => {
      const id = `${name}-${choice.id}`;
      return (
        <div key={choice.id} className="choice-group__option">
          <input
            type="radio"
            id={id}
            name={name}
            value={choice.id}
            checked={choice.id === value}
            aria-describedby={choice.hint === undefined ? undefined : `${id}-hint`}
            onChange={() => onChange(choice.id)}
          />
          <label htmlFor={id}>{choice.label}</label>
          {choice.hint !== undefined && (
            <p id={`${id}-hint`} className="choice-group__hint">
              {choice.hint}
            </p>
          )}
        </div>
      );
    })}
  </fieldset>
);
