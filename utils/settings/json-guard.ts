/** A settings file nests a few levels (file → settings → letters → templates → blocks → items); 32 is plenty. */
export const MAX_JSON_DEPTH = 32;

/**
 * How deep the arrays and objects of a JSON text nest, counted without parsing it, stopping as soon as `limit` is
 * passed. Parsers and every recursive walk after them (cloning, checking, comparing) can overflow the stack on a
 * file nested 200,000 levels deep; this loop cannot.
 */
export function jsonDepthExceeds(text: string, limit: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c /* \ */) i += 1;
      else if (char === 0x22 /* " */) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x5b /* [ */ || char === 0x7b /* { */) {
      depth += 1;
      if (depth > limit) return true;
    } else if (char === 0x5d /* ] */ || char === 0x7d /* } */) {
      depth -= 1;
    }
  }
  return false;
}

/** The same check on a value already parsed (a policy, a stored value), walking with a stack of its own. */
export function valueDepthExceeds(value: unknown, limit: number = MAX_JSON_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  let visited = 0;
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limit) return true;
    // A shared or enormous structure is walked once per node at most; that is still bounded by the data's size.
    visited += 1;
    if (visited > 1_000_000) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * The first checks of a file a team lead hands over, worded for what it holds ("cài đặt", "sổ theo dõi"): its size,
 * before anything reads it, then its text as one JSON object, then the version it states. What follows is each
 * kind's own.
 */
export function fileChecks(contents: string, maxBytes: number) {
  const kind = `tệp ${contents}`;
  const sizeError = (bytes: number): string | null =>
    bytes > maxBytes
      ? `Tệp quá lớn (${(bytes / 1024 / 1024).toFixed(1)} MB); ${kind} không quá ${maxBytes / 1024 / 1024} MB. Anh/chị kiểm tra lại đã chọn đúng tệp chưa.`
      : null;
  return {
    /** From a file's size, before reading it, so a huge file is never read into memory. */
    sizeError,
    /** From its text; the bytes are counted only when the length leaves a doubt. */
    textSizeError: (text: string) => sizeError(text.length > maxBytes ? text.length : new Blob([text]).size),
    parseObject(text: string): { ok: true; value: Record<string, unknown> } | { ok: false; errors: string[] } {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        const detail = error instanceof SyntaxError ? ` (${error.message})` : '';
        return { ok: false, errors: [`Tệp không phải JSON hợp lệ${detail}.`] };
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return { ok: false, errors: [`Tệp không phải ${kind} Một Cửa Thân Thiện (không có nội dung dạng đối tượng).`] };
      return { ok: true, value: value as Record<string, unknown> };
    },
    /** From the version the file states: a whole number from 1, and none newer than this extension reads. */
    versionError(version: unknown, newest: number): string | null {
      if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
        return `Tệp thiếu số phiên bản ${contents} hợp lệ (“version”).`;
      if (version > newest)
        return `Tệp được xuất từ bản tiện ích mới hơn (${contents} phiên bản ${version}, bản này đọc được đến phiên bản ${newest}). Anh/chị cập nhật tiện ích rồi nhập lại.`;
      return null;
    },
  };
}
