import { expect, test } from './fixtures';
import { withPolicyBrowser } from './managed-policy';
import { OptionsPage } from './options-page';
import { SidebarPage } from './sidebar-page';

const POLICY = {
  settings: {
    deadline: { soonWorkingDays: 7 },
    scripts: [
      {
        id: 'processing-update',
        stage: 'processing',
        title: 'Báo tiến độ của đơn vị',
        text: 'Ủy ban xin báo {{honorific}} {{applicantName}}: hồ sơ đang được xử lý đúng quy trình.',
      },
    ],
  },
  locked: ['register'],
};

test('an office policy from a Chromium policy file sets and locks sections for officers', async ({
  portalUrl,
  today,
}) => {
  await withPolicyBrowser(POLICY, today, async (context, extensionId) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // The id derivation is what the policy file is keyed by: check it against Chromium's own.
    expect(new URL(worker.url()).host).toBe(extensionId);

    const options = await OptionsPage.open(context, extensionId);
    for (const section of ['deadline', 'scripts']) {
      await expect(options.section(section).getByTestId('lock-notice')).toContainText('do cơ quan quản lý đặt');
    }
    const soon = options.page.getByLabel(/sắp đến hạn/);
    await expect(soon).toHaveValue('7');
    await expect(soon).toBeDisabled();
    const script = options.script('processing-update');
    // The policy's old placeholder names read as Vietnamese ones in the editor.
    await expect(script.getByLabel('Nội dung lời nói')).toHaveValue(
      'Ủy ban xin báo {{Xưng hô}} {{Tên người nộp}}: hồ sơ đang được xử lý đúng quy trình.',
    );
    await expect(script.getByLabel('Nội dung lời nói')).toBeDisabled();
    await expect(options.page.getByTestId('script-editor').getByRole('button', { name: 'Xóa' })).toBeDisabled();
    await expect(options.page.locator('[data-script]')).toHaveCount(1);
    // Keyboard users reach the notice that explains the disabled fields.
    await options.section('deadline').getByTestId('lock-notice').focus();
    await expect(options.section('deadline').getByTestId('lock-notice')).toBeFocused();
    // The import/export panel is not a section: it stays usable.
    await expect(options.importExport.getByRole('button', { name: 'Xuất tệp cài đặt' })).toBeEnabled();

    const sidebar = await SidebarPage.open(await context.newPage(), `${portalUrl}/vi/dossier/processing/1012`);
    const card = sidebar.root.getByTestId('script-card');
    await expect(card.locator('[data-script="processing-update"] blockquote')).toHaveText(
      'Ủy ban xin báo ông Trần Văn Hùng: hồ sơ đang được xử lý đúng quy trình.',
    );
    await expect(card.locator('[data-script="any-thanks"]')).toHaveCount(0);
  });
});
