import type { LetterTemplate } from '../../utils/letters/types';
import { closing, ENCLOSURE, HEADING, OFFICE_FIELDS, OFFICE_PHONE } from './common';

/**
 * Sent to the family when a death is registered, with what they will need in the days after: the civilised-funeral
 * rules, removing the permanent-residence record (within 07 days, form CT01, at the commune police) and who may get
 * funeral support, from whom. No amounts (they change) and no promise to anyone without a scheme; the legal
 * references are data, as the rules keep moving.
 */
export const CONDOLENCE: LetterTemplate = {
  kind: 'condolence',
  name: 'Thư chia buồn',
  layout: 'letter',
  requires: [...OFFICE_FIELDS, 'office.communeName', 'deceased.name', 'deceased.deathDate'],
  defaults: {
    'residence.legalBasis': 'Căn cứ: điểm a khoản 1 Điều 24 Luật Cư trú năm 2020; Nghị định số 154/2024/NĐ-CP.',
    'funeral.legalBasis':
      'Căn cứ: Điều 11 Nghị định số 20/2021/NĐ-CP; Luật Bảo hiểm xã hội năm 2024; Nghị định số 176/2025/NĐ-CP.',
  },
  blocks: [
    HEADING,
    { type: 'title', text: 'THƯ CHIA BUỒN' },
    {
      type: 'paragraph',
      text: 'Kính gửi: Gia quyến {{deceased.honorific}} {{deceased.name}}',
      align: 'center',
      style: 'bold',
    },
    {
      type: 'paragraph',
      text: 'Ủy ban nhân dân {{office.communeName}} vô cùng xúc động được tin {{deceased.honorific}} {{deceased.name}} đã qua đời {{deceased.deathDate}}.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Thay mặt chính quyền và Nhân dân {{office.communeName}}, chúng tôi xin gửi tới gia đình lời chia buồn sâu sắc. Mong gia đình vững lòng vượt qua nỗi đau mất người thân, giữ gìn sức khỏe để lo chu toàn việc hậu sự.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Để gia đình bớt vất vả trong những ngày này, chúng tôi xin gửi kèm một vài điều cần biết: tổ chức việc tang theo nếp sống văn minh, xóa đăng ký thường trú của người đã mất và trợ cấp mai táng. Cán bộ {{office.oneStopUnit}} luôn sẵn sàng hướng dẫn gia đình.',
      indent: true,
    },
    OFFICE_PHONE,
    ...closing('Xin thành kính chia buồn cùng gia đình.'),
    ENCLOSURE,
    {
      type: 'excerpt',
      title: 'NẾP SỐNG VĂN MINH TRONG VIỆC TANG',
      items: [
        'Tổ chức tang lễ trang nghiêm, chu đáo, tiết kiệm, phù hợp với phong tục, hoàn cảnh gia đình và hương ước, quy ước của địa phương.',
        'Báo tin cho tổ dân phố, thôn hoặc ban lễ tang để được giúp đỡ.',
        'Không rải vàng mã, tiền âm phủ trên đường đưa tang; không để rạp tang, xe tang cản trở giao thông.',
        'Dùng loa, nhạc tang ở mức vừa phải, không làm ảnh hưởng đến xóm giềng, nhất là vào ban đêm.',
        'Không tổ chức ăn uống linh đình; không bày các nghi thức mê tín, dị đoan.',
        'Giữ vệ sinh nơi tổ chức tang lễ; khi người mất do bệnh truyền nhiễm, làm theo hướng dẫn của cơ quan y tế.',
        'Khuyến khích hỏa táng; chôn cất, cải táng tại nghĩa trang theo quy hoạch của địa phương.',
      ],
    },
    {
      type: 'excerpt',
      title: 'XÓA ĐĂNG KÝ THƯỜNG TRÚ CỦA NGƯỜI ĐÃ MẤT',
      items: [
        'Trong thời hạn 07 ngày kể từ ngày người thường trú qua đời, đại diện hộ gia đình làm thủ tục xóa đăng ký thường trú của người đó.',
        'Hồ sơ là Tờ khai thay đổi thông tin cư trú (mẫu CT01), nộp tại Công an xã, phường hoặc đặc khu nơi người đó thường trú.',
        'Nếu khi đăng ký khai tử gia đình đã chọn làm liên thông cả thủ tục xóa đăng ký thường trú, việc này được giải quyết theo hồ sơ liên thông; gia đình không phải nộp lại.',
      ],
      source: '{{residence.legalBasis}}',
    },
    {
      type: 'excerpt',
      title: 'TRỢ CẤP MAI TÁNG',
      items: [
        'Người đang hưởng trợ cấp xã hội hằng tháng, kể cả người cao tuổi hưởng trợ cấp hưu trí xã hội từ ngày 01 tháng 7 năm 2025: người tổ chức mai táng đề nghị hỗ trợ chi phí mai táng tại Ủy ban nhân dân cấp xã nơi người mất đang hưởng trợ cấp.',
        'Người đang đóng bảo hiểm xã hội, người đang hưởng lương hưu hoặc trợ cấp bảo hiểm xã hội hằng tháng: người tổ chức mai táng nhận trợ cấp mai táng tại cơ quan bảo hiểm xã hội.',
        'Trợ cấp được trả cho người đã đứng ra tổ chức mai táng. Mức hưởng và giấy tờ thay đổi theo từng thời kỳ; xin gia đình liên hệ {{office.oneStopUnit}} để được hướng dẫn, kể cả khi chưa rõ người mất có thuộc diện nào.',
      ],
      source: '{{funeral.legalBasis}}',
    },
  ],
};
