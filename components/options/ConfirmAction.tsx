import { useState } from 'react';

/**
 * A button for what cannot be taken back: it first asks, then the officer confirms or lets it be. It sits in the
 * caller's row of actions.
 */
export function ConfirmAction({
  label,
  question,
  confirm,
  cancel,
  onAsk,
  onConfirm,
}: {
  label: string;
  question: string;
  confirm: string;
  cancel: string;
  /** When the question is put, such as clearing the outcome of the last time. */
  onAsk?: () => void;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        onClick={() => {
          onAsk?.();
          setAsking(true);
        }}
      >
        {label}
      </button>
    );
  }
  return (
    <>
      <span>{question}</span>
      <button
        type="button"
        className="opt-primary"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirm}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {cancel}
      </button>
    </>
  );
}
