/**
 * What a screen says in the console when a part of it fails: the kind of error only. Its message could quote a
 * citizen's name or a dossier's data, which never goes to the console.
 */
export function reportRenderError(error: unknown): void {
  const kind = error instanceof Error ? error.name : typeof error;
  console.warn(`[Một Cửa Thân Thiện] Một phần giao diện gặp lỗi (${kind}); phần đó đã được thay bằng thông báo.`);
}
