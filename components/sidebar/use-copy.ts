import { useState } from 'react';

/** Puts a text on the clipboard; `copied` names what went there last, so that its button can say so. */
export function useCopy() {
  const [copied, setCopied] = useState('');
  const copy = async (what: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
    } catch {
      setCopied('');
    }
  };
  return { copied, copy };
}
