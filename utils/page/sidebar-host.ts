import type { ContentScriptContext } from '#imports';
import { buildShadowHost } from './shadow-host';
import { SIDEBAR_HOST_TAG } from './sidebar-ui-bridge';
import { acceptTrustedInputOnly } from './trusted-input';

export interface SidebarHost {
  /** Where the sidebar draws (its first frame, then React). */
  readonly container: HTMLElement;
  /** The element in the page that holds the shadow root. */
  readonly element: HTMLElement;
  readonly shown: boolean;
  show(): void;
  hide(): void;
  /** Puts the host back if the page removed it (a framework re-rendering, a script tidying up). */
  ensure(): void;
  isOwn(node: Node): boolean;
}

export interface SidebarHostOptions {
  css: string;
  /** Draws into a freshly mounted container. */
  onMount(container: HTMLElement): void;
  /** The container is about to be emptied. */
  onRemove(): void;
}

/** A page that removes the host again and again gets it back this many times a minute, then no more. */
const MAX_REATTACH_PER_MINUTE = 20;

/**
 * The sidebar's host element and shadow root. The host hangs from <html>, after <body>: a page that rewrites
 * body.innerHTML (or swaps its body) leaves it alone, and one that removes the host gets it back. Built by hand
 * rather than with WXT's shadow-root UI: that one scans the whole style sheet and checks the tag name against a
 * large Unicode pattern, cold work on the way to the first frame.
 */
export function createSidebarHost(ctx: ContentScriptContext, options: SidebarHostOptions): SidebarHost {
  let shown = false;
  const ui = buildShadowHost(SIDEBAR_HOST_TAG, options.css);
  const remove = () => {
    options.onRemove();
    ui.element.remove();
    ui.container.replaceChildren();
  };
  ctx.onInvalidated(remove);
  acceptTrustedInputOnly(ui.shadow, ctx.signal);

  let reattachments: number[] = [];
  return {
    container: ui.container,
    element: ui.element,
    get shown() {
      return shown;
    },
    show() {
      if (!shown) {
        shown = true;
        document.documentElement.append(ui.element);
        options.onMount(ui.container);
      }
    },
    hide() {
      if (shown) {
        shown = false;
        remove();
      }
    },
    ensure() {
      if (!shown || ui.element.isConnected) return;
      const minuteAgo = performance.now() - 60_000;
      reattachments = reattachments.filter((at) => at > minuteAgo);
      // Never a tug of war with the page: past the limit the sidebar stays away until the next page.
      if (reattachments.length >= MAX_REATTACH_PER_MINUTE) return;
      reattachments.push(performance.now());
      // The same host, shadow root and React tree: nothing the officer typed is lost.
      document.documentElement.append(ui.element);
    },
    isOwn: (node) => node === ui.element || ui.element.contains(node),
  };
}
