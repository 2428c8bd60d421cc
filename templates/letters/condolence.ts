import type { LetterTemplate } from '../../utils/letters/types';
import { HEADING, OFFICE_FIELDS, OFFICE_PHONE, SIGNATURE } from './common';

/**
 * Sent to the family when a death is registered, with what they will need in the days after: the civilised-funeral
 * rules, removing the permanent-residence record and the funeral allowance. Kept general: amounts and time limits
 * change, and the officer gives the details.
 */
export const CONDOLENCE: LetterTemplate = {
  kind: 'condolence',
  name: 'Thư chia buồn',
  layout: 'letter',
  requires: [...OFFICE_FIELDS, 'office.communeName', 'office.unitType', 'deceased.name', 'deceased.deathDate'],
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
      text: 'Ủy ban nhân dân {{office.communeName}} vô cùng xúc động được tin {{deceased.honorific}} {{deceased.name}} đã từ trần {{deceased.deathDate}}.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Thay mặt chính quyền và nhân dân {{office.communeName}}, chúng tôi xin gửi tới gia đình lời chia buồn sâu sắc. Mong gia đình vững lòng vượt qua nỗi đau mất người thân, giữ gìn sức khỏe để lo chu toàn việc hậu sự.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Để gia đình bớt vất vả trong những ngày này, chúng tôi xin gửi kèm một vài thông tin cần thiết: nếp sống văn minh trong việc tang, việc xóa đăng ký thường trú và chế độ trợ cấp mai táng. Cán bộ {{office.communeName}} luôn sẵn sàng giúp đỡ gia đình.',
      indent: true,
    },
    OFFICE_PHONE,
    { type: 'paragraph', text: 'Xin thành kính chia buồn cùng gia đình.', indent: true, style: 'italic' },
    SIGNATURE,
    { type: 'recipients', items: ['Như trên;', 'Lưu: VT.'] },
    { type: 'page-break' },
    {
      type: 'excerpt',
      title: 'NẾP SỐNG VĂN MINH TRONG VIỆC TANG',
      note: 'Tóm tắt để gia đình tham khảo',
      items: [
        'Tổ chức tang lễ trang nghiêm, chu đáo, tiết kiệm, phù hợp với phong tục và hoàn cảnh của gia đình.',
        'Báo tin cho tổ dân phố, thôn hoặc ban lễ tang để được giúp đỡ; giữ thời gian quàn thi hài theo quy định, thông thường không quá 48 giờ.',
        'Không rải vàng mã, tiền trên đường đưa tang; không để rạp, xe tang cản trở giao thông.',
        'Dùng loa, nhạc tang ở mức vừa phải, không làm ảnh hưởng đến hàng xóm, nhất là vào ban đêm.',
        'Không tổ chức ăn uống linh đình, không bày các nghi thức mê tín, dị đoan.',
        'Giữ vệ sinh nơi tổ chức tang lễ; khi người mất do bệnh truyền nhiễm, làm theo hướng dẫn của cơ quan y tế.',
        'Khuyến khích hỏa táng; chôn cất, cải táng tại nghĩa trang theo quy hoạch của địa phương.',
      ],
    },
    {
      type: 'excerpt',
      title: 'XÓA ĐĂNG KÝ THƯỜNG TRÚ CỦA NGƯỜI ĐÃ MẤT',
      items: [
        'Khi người thường trú qua đời, hộ gia đình (chủ hộ hoặc một thành viên của hộ) đề nghị xóa đăng ký thường trú của người đó tại Công an {{office.unitType}} nơi người đó thường trú, trong thời hạn pháp luật về cư trú quy định.',
        'Nếu khi đăng ký khai tử gia đình đã chọn làm liên thông các thủ tục, việc xóa đăng ký thường trú được thực hiện theo hồ sơ đó; gia đình không phải nộp lại.',
        'Gia đình có thể hỏi Công an {{office.unitType}} để chắc chắn thông tin cư trú của hộ đã được cập nhật đúng.',
      ],
    },
    {
      type: 'excerpt',
      title: 'TRỢ CẤP MAI TÁNG',
      items: [
        'Người đang hưởng trợ cấp xã hội hằng tháng (người cao tuổi, người khuyết tật, người có hoàn cảnh đặc biệt khó khăn…) khi qua đời: gia đình hoặc người lo mai táng được hỗ trợ chi phí mai táng.',
        'Người có công với cách mạng, cựu chiến binh và một số đối tượng chính sách khác: thân nhân được hưởng trợ cấp mai táng theo chế độ của từng đối tượng.',
        'Người đang hưởng lương hưu, trợ cấp bảo hiểm xã hội hoặc đang đóng bảo hiểm xã hội: thân nhân liên hệ cơ quan bảo hiểm xã hội để được giải quyết trợ cấp mai táng.',
        'Gia đình có thể đề nghị cùng lúc với đăng ký khai tử; mức hưởng và giấy tờ cần có, xin liên hệ Bộ phận Một cửa {{office.communeName}} để được hướng dẫn cụ thể.',
      ],
    },
  ],
};
