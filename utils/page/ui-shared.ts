import * as wxtBrowser from 'wxt/browser';
import * as wxtUtilsStorage from 'wxt/utils/storage';
import * as templatesDeskScreen from '@/templates/desk-screen';
import * as templatesLetters from '@/templates/letters';
import * as templatesLettersCommon from '@/templates/letters/common';
import * as templatesPlanWords from '@/templates/plan-words';
import * as utilsClockClock from '@/utils/clock/clock';
import * as utilsDeadlineCalendar from '@/utils/deadline/calendar';
import * as utilsDeadlineHolidays from '@/utils/deadline/holidays';
import * as utilsDeadlineIsoDay from '@/utils/deadline/iso-day';
import * as utilsDeadlineLevel from '@/utils/deadline/level';
import * as utilsDeadlineLunar from '@/utils/deadline/lunar';
import * as utilsDeadlineOfficialSchedules from '@/utils/deadline/official-schedules';
import * as utilsDeadlineVietnamTime from '@/utils/deadline/vietnam-time';
import * as utilsDeadlineWhoseClock from '@/utils/deadline/whose-clock';
import * as utilsDossierCode from '@/utils/dossier/code';
import * as utilsDossierDates from '@/utils/dossier/dates';
import * as utilsDossierDomText from '@/utils/dossier/dom-text';
import * as utilsDossierGender from '@/utils/dossier/gender';
import * as utilsDossierKind from '@/utils/dossier/kind';
import * as utilsDossierMemo from '@/utils/dossier/memo';
import * as utilsDossierMissing from '@/utils/dossier/missing';
import * as utilsDossierRecipesFind from '@/utils/dossier/recipes/find';
import * as utilsDossierRecipesReadColumns from '@/utils/dossier/recipes/read-columns';
import * as utilsDossierRecipesReadFields from '@/utils/dossier/recipes/read-fields';
import * as utilsDossierRecipesSelector from '@/utils/dossier/recipes/selector';
import * as utilsDossierRecipesTaughtValues from '@/utils/dossier/recipes/taught-values';
import * as utilsDossierStatus from '@/utils/dossier/status';
import * as utilsDossierText from '@/utils/dossier/text';
import * as utilsLettersBlocks from '@/utils/letters/blocks';
import * as utilsLettersFill from '@/utils/letters/fill';
import * as utilsLettersHonorific from '@/utils/letters/honorific';
import * as utilsLettersPlaceholderNames from '@/utils/letters/placeholder-names';
import * as utilsManualEntryManualEntry from '@/utils/manual-entry/manual-entry';
import * as utilsManualEntryStatuses from '@/utils/manual-entry/statuses';
import * as utilsPageListDeadlines from '@/utils/page/list-deadlines';
import * as utilsPageRowMarks from '@/utils/page/row-marks';
import * as utilsPageSidebarGlance from '@/utils/page/sidebar-glance';
import * as utilsPageSidebarUiBridge from '@/utils/page/sidebar-ui-bridge';
import * as utilsPlaceholdersNames from '@/utils/placeholders/names';
import * as utilsPortalHosts from '@/utils/portal-hosts';
import * as utilsSettingsDeadlineSettings from '@/utils/settings/deadline-settings';
import * as utilsSettingsSchema from '@/utils/settings/schema';
import { UI_SHARED_GLOBAL, type UiSharedModule } from './ui-shared-modules';

/** Every shared module by the path the UI script's code imports it by (the list in ui-shared-modules.ts). */
export const UI_SHARED: Readonly<Record<UiSharedModule, object>> = {
  'wxt/browser': wxtBrowser,
  'wxt/utils/storage': wxtUtilsStorage,
  '@/templates/desk-screen': templatesDeskScreen,
  '@/templates/letters': templatesLetters,
  '@/templates/letters/common': templatesLettersCommon,
  '@/templates/plan-words': templatesPlanWords,
  '@/utils/clock/clock': utilsClockClock,
  '@/utils/deadline/calendar': utilsDeadlineCalendar,
  '@/utils/deadline/holidays': utilsDeadlineHolidays,
  '@/utils/deadline/iso-day': utilsDeadlineIsoDay,
  '@/utils/deadline/level': utilsDeadlineLevel,
  '@/utils/deadline/lunar': utilsDeadlineLunar,
  '@/utils/deadline/official-schedules': utilsDeadlineOfficialSchedules,
  '@/utils/deadline/vietnam-time': utilsDeadlineVietnamTime,
  '@/utils/deadline/whose-clock': utilsDeadlineWhoseClock,
  '@/utils/dossier/code': utilsDossierCode,
  '@/utils/dossier/dates': utilsDossierDates,
  '@/utils/dossier/dom-text': utilsDossierDomText,
  '@/utils/dossier/gender': utilsDossierGender,
  '@/utils/dossier/kind': utilsDossierKind,
  '@/utils/dossier/memo': utilsDossierMemo,
  '@/utils/dossier/missing': utilsDossierMissing,
  '@/utils/dossier/recipes/find': utilsDossierRecipesFind,
  '@/utils/dossier/recipes/read-columns': utilsDossierRecipesReadColumns,
  '@/utils/dossier/recipes/read-fields': utilsDossierRecipesReadFields,
  '@/utils/dossier/recipes/selector': utilsDossierRecipesSelector,
  '@/utils/dossier/recipes/taught-values': utilsDossierRecipesTaughtValues,
  '@/utils/dossier/status': utilsDossierStatus,
  '@/utils/dossier/text': utilsDossierText,
  '@/utils/letters/blocks': utilsLettersBlocks,
  '@/utils/letters/fill': utilsLettersFill,
  '@/utils/letters/honorific': utilsLettersHonorific,
  '@/utils/letters/placeholder-names': utilsLettersPlaceholderNames,
  '@/utils/manual-entry/manual-entry': utilsManualEntryManualEntry,
  '@/utils/manual-entry/statuses': utilsManualEntryStatuses,
  '@/utils/page/row-marks': utilsPageRowMarks,
  '@/utils/page/list-deadlines': utilsPageListDeadlines,
  '@/utils/page/sidebar-glance': utilsPageSidebarGlance,
  '@/utils/page/sidebar-ui-bridge': utilsPageSidebarUiBridge,
  '@/utils/placeholders/names': utilsPlaceholdersNames,
  '@/utils/portal-hosts': utilsPortalHosts,
  '@/utils/settings/deadline-settings': utilsSettingsDeadlineSettings,
  '@/utils/settings/schema': utilsSettingsSchema,
};

/** Leaves the shared modules where the UI script's build looks for them; called before the UI script is injected. */
export function shareWithSidebarUi(): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(UI_SHARED_GLOBAL)] = UI_SHARED;
}
