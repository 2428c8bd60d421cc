import type { Adapter } from '../types';
import { civilStatus } from './civil-status';
import { generic } from './generic';
import { igate } from './igate';

/** Most specific first; the generic label reader is the fallback for every other gov.vn page. */
export const ADAPTERS: readonly Adapter[] = [igate, civilStatus, generic];
