import { Fragment } from 'react';

/** A radio button per choice, each inside its label; the caller's fieldset and legend name the group. */
export function RadioChoices<T extends string>({
  name,
  choices,
  value,
  onChange,
}: {
  name: string;
  choices: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return choices.map((choice, i) => (
    <Fragment key={choice.value}>
      {i > 0 && ' '}
      <label>
        <input type="radio" name={name} checked={value === choice.value} onChange={() => onChange(choice.value)} />{' '}
        {choice.label}
      </label>
    </Fragment>
  ));
}
