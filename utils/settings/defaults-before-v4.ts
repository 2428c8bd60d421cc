/**
 * DATA, frozen: the default letter blocks and courtesy scripts as shipped before settings version 4, exactly. The
 * version 4 migration compares stored settings with them to tell a team lead's own words (kept) from old defaults
 * (replaced). Never edit: a change here would make the migration take a team lead's words for defaults.
 */
import type { LetterKind, TemplateBlock } from '../letters/types';
import type { CourtesyScript } from '../scripts/types';

export const TEMPLATE_BLOCKS_BEFORE_V4: Readonly<Record<LetterKind, readonly TemplateBlock[]>> = {
  'birth-congratulation': [
    {
      type: 'heading',
      issuingBody: '{{office.issuingBody}}',
      placeDate: '{{letter.placeDate}}',
    },
    {
      type: 'title',
      text: 'THƯ CHÚC MỪNG',
      subtitle: 'Chào đón công dân nhỏ của {{office.communeName}}',
    },
    {
      type: 'paragraph',
      text: 'Kính gửi: {{applicant.honorific|capitalise}} {{applicant.name}} và gia đình',
      align: 'center',
      style: 'bold',
    },
    {
      type: 'paragraph',
      text: 'Ủy ban nhân dân {{office.communeName}} vui mừng được biết gia đình vừa đón thêm thành viên mới: cháu {{child.name}}, sinh {{child.birthDate}}. Cảm ơn gia đình đã đăng ký khai sinh cho cháu sớm, đúng thời hạn; đó là món quà đầu tiên giúp cháu có đầy đủ quyền của một công dân.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Thay mặt chính quyền và nhân dân {{office.communeName}}, chúng tôi xin gửi tới gia đình lời chúc mừng nồng ấm nhất. Chúc cháu {{child.name}} luôn khỏe mạnh, hay ăn chóng lớn, lớn lên trong vòng tay yêu thương của ông bà, cha mẹ; chúc gia đình luôn mạnh khỏe, đầm ấm và hạnh phúc.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Khi cần làm các thủ tục tiếp theo cho cháu, xin gia đình cứ đến Bộ phận Một cửa {{office.communeName}}; chúng tôi luôn sẵn lòng hướng dẫn, hỗ trợ.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Mọi điều cần hỗ trợ, xin gia đình liên hệ Bộ phận Một cửa {{office.communeName}} qua số điện thoại {{office.phone}}.',
      indent: true,
      when: 'office.phone',
    },
    {
      type: 'paragraph',
      text: 'Trân trọng chúc mừng!',
      indent: true,
      style: 'italic',
    },
    {
      type: 'signature',
      authority: '{{office.signingAuthority}}',
      title: '{{office.leaderTitle}}',
      name: '{{office.leaderName}}',
    },
    {
      type: 'recipients',
      items: ['Như trên;', 'Lưu: VT.'],
    },
  ],
  'marriage-congratulation': [
    {
      type: 'heading',
      issuingBody: '{{office.issuingBody}}',
      placeDate: '{{letter.placeDate}}',
    },
    {
      type: 'title',
      text: 'THƯ CHÚC MỪNG',
      subtitle: 'Nhân dịp đăng ký kết hôn',
    },
    {
      type: 'paragraph',
      text: 'Kính gửi: {{couple.family|capitalise}}',
      align: 'center',
      style: 'bold',
    },
    {
      type: 'paragraph',
      text: 'Ủy ban nhân dân {{office.communeName}} vui mừng được chứng kiến {{couple}} chính thức trở thành vợ chồng khi đăng ký kết hôn {{registration.date}}.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Giấy chứng nhận kết hôn được lãnh đạo Ủy ban nhân dân trao tận tay cô dâu, chú rể trong buổi lễ nhỏ tại trụ sở, có người thân và bạn bè cùng chứng kiến. Kèm theo thư này là một món quà nhỏ và mấy điều về gia đình hạnh phúc mà chúng tôi mong gia đình mới cùng giữ gìn.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Thay mặt chính quyền và nhân dân {{office.communeName}}, chúng tôi xin gửi lời chúc mừng tốt đẹp nhất. Chúc hai vợ chồng trăm năm hạnh phúc, luôn yêu thương, tôn trọng và sẻ chia với nhau, cùng vun đắp một gia đình no ấm, tiến bộ, hạnh phúc, văn minh.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Trân trọng chúc mừng!',
      indent: true,
      style: 'italic',
    },
    {
      type: 'signature',
      authority: '{{office.signingAuthority}}',
      title: '{{office.leaderTitle}}',
      name: '{{office.leaderName}}',
    },
    {
      type: 'recipients',
      items: ['Như trên;', 'Lưu: VT.'],
    },
    {
      type: 'page-break',
    },
    {
      type: 'excerpt',
      title: 'ĐỂ CÓ MỘT GIA ĐÌNH HẠNH PHÚC',
      note: 'Trích lược những tiêu chí xây dựng gia đình hạnh phúc, gửi tặng gia đình mới',
      items: [
        'No ấm: cùng nhau làm ăn chân chính, chi tiêu có kế hoạch và dành dụm cho lúc khó khăn.',
        'Tiến bộ: không ngừng học hỏi; con cái được học hành đầy đủ, được khuyến khích theo đuổi ước mơ.',
        'Bình đẳng: vợ chồng tôn trọng nhau, cùng bàn bạc việc lớn, chia sẻ việc nhà và việc chăm sóc con cái.',
        'Yêu thương: quan tâm, lắng nghe, nhường nhịn nhau; nói không với mọi hình thức bạo lực gia đình.',
        'Hiếu thảo: kính trọng, phụng dưỡng ông bà, cha mẹ hai bên; dạy con biết lễ phép và biết ơn.',
        'Văn minh: giữ nếp nhà, lời ăn tiếng nói nhã nhặn; sống hòa thuận, giúp đỡ bà con, xóm giềng.',
        'Khỏe mạnh: giữ gìn sức khỏe, nhà cửa sạch sẽ, môi trường sống xanh, an toàn.',
        'Gương mẫu: chấp hành pháp luật, tham gia các phong trào và hoạt động chung của địa phương.',
      ],
      source: 'Chúc gia đình mới luôn vững bền, hạnh phúc!',
    },
  ],
  condolence: [
    {
      type: 'heading',
      issuingBody: '{{office.issuingBody}}',
      placeDate: '{{letter.placeDate}}',
    },
    {
      type: 'title',
      text: 'THƯ CHIA BUỒN',
    },
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
    {
      type: 'paragraph',
      text: 'Mọi điều cần hỗ trợ, xin gia đình liên hệ Bộ phận Một cửa {{office.communeName}} qua số điện thoại {{office.phone}}.',
      indent: true,
      when: 'office.phone',
    },
    {
      type: 'paragraph',
      text: 'Xin thành kính chia buồn cùng gia đình.',
      indent: true,
      style: 'italic',
    },
    {
      type: 'signature',
      authority: '{{office.signingAuthority}}',
      title: '{{office.leaderTitle}}',
      name: '{{office.leaderName}}',
    },
    {
      type: 'recipients',
      items: ['Như trên;', 'Lưu: VT.'],
    },
    {
      type: 'page-break',
    },
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
  'thank-you': [
    {
      type: 'heading',
      issuingBody: 'ỦY BAN NHÂN DÂN {{office.communeName|upper}}',
    },
    {
      type: 'title',
      text: 'GIẤY CẢM ƠN',
    },
    {
      type: 'paragraph',
      text: 'Trân trọng cảm ơn',
      align: 'center',
      style: 'italic',
    },
    {
      type: 'paragraph',
      text: '{{recipient.title}}',
      align: 'center',
      style: 'bold',
      size: 'large',
    },
    {
      type: 'paragraph',
      text: '{{recipient.reason|capitalise}}.',
      align: 'center',
    },
    {
      type: 'paragraph',
      text: 'Sự chung tay, góp sức của {{recipient.you}} là nguồn động viên quý báu đối với chính quyền và nhân dân {{office.communeName}}. Kính chúc {{recipient.you}} luôn mạnh khỏe, hạnh phúc và thành công.',
      align: 'center',
      style: 'italic',
    },
    {
      type: 'signature',
      placeDate: '{{letter.placeDate}}',
      authority: '{{office.signingAuthority}}',
      title: '{{office.leaderTitle}}',
      name: '{{office.leaderName}}',
    },
  ],
  apology: [
    {
      type: 'heading',
      issuingBody: '{{office.issuingBody}}',
      placeDate: '{{letter.placeDate}}',
    },
    {
      type: 'title',
      text: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
    },
    {
      type: 'paragraph',
      text: 'Kính gửi: {{applicant.honorific|capitalise}} {{applicant.name}}',
      align: 'center',
      style: 'bold',
    },
    {
      type: 'paragraph',
      text: 'Bộ phận Một cửa {{office.communeName}} đã tiếp nhận hồ sơ của {{applicant.honorific}} với các thông tin sau:',
      indent: true,
    },
    {
      type: 'list',
      items: [
        'Mã hồ sơ: {{dossier.code}}',
        'Thủ tục: {{dossier.procedureName}}',
        'Ngày tiếp nhận: {{dossier.receivedAt}}',
        'Ngày hẹn trả kết quả: {{dossier.dueAt}}',
      ],
    },
    {
      type: 'paragraph',
      text: 'Đến nay, hồ sơ chưa giải quyết xong theo đúng ngày đã hẹn. Lý do: {{reason}}.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Ủy ban nhân dân {{office.communeName}} thành thật xin lỗi {{applicant.honorific}} vì sự chậm trễ này và xin hẹn trả kết quả vào {{newReturnDate}}. Chúng tôi sẽ cố gắng hoàn thành sớm hơn và báo ngay để {{applicant.honorific}} không phải chờ thêm.',
      indent: true,
    },
    {
      type: 'paragraph',
      text: 'Mọi điều cần trao đổi, xin {{applicant.honorific}} liên hệ Bộ phận Một cửa qua số điện thoại {{office.phone}}.',
      indent: true,
      when: 'office.phone',
    },
    {
      type: 'paragraph',
      text: 'Rất mong {{applicant.honorific}} thông cảm!',
      indent: true,
      style: 'italic',
    },
    {
      type: 'signature',
      authority: '{{office.signingAuthority}}',
      title: '{{office.leaderTitle}}',
      name: '{{office.leaderName}}',
    },
    {
      type: 'recipients',
      items: ['Như trên;', 'Lưu: Bộ phận Một cửa.'],
    },
    {
      type: 'paragraph',
      text: 'Phiếu lập theo {{legalBasis}}.',
      style: 'italic',
      size: 'small',
      align: 'left',
    },
  ],
};

export const SCRIPTS_BEFORE_V4: readonly CourtesyScript[] = [
  {
    id: 'receiving-greeting',
    stage: 'receiving',
    title: 'Xin chào',
    text: 'Xin chào {{honorific}} {{applicantName}}! Cảm ơn {{honorific}} đã đến bộ phận một cửa. Tôi có thể giúp gì cho {{honorific}} ạ?',
  },
  {
    id: 'receiving-permission',
    stage: 'receiving',
    title: 'Xin phép xem giấy tờ',
    text: 'Xin phép {{honorific}} cho tôi xem giấy tờ để kiểm tra hồ sơ {{procedureName}}. Tôi sẽ làm nhanh để {{honorific}} không phải chờ lâu.',
  },
  {
    id: 'supplement-request',
    stage: 'supplement',
    title: 'Đề nghị bổ sung nhẹ nhàng',
    text: 'Xin lỗi vì làm phiền {{honorific}}. Hồ sơ {{code}} còn thiếu một số giấy tờ; tôi xin gửi {{honorific}} danh sách cụ thể để {{honorific}} chỉ cần bổ sung một lần.',
  },
  {
    id: 'processing-update',
    stage: 'processing',
    title: 'Báo tiến độ',
    text: 'Hồ sơ {{code}} của {{honorific}} {{applicantName}} đang được xử lý, dự kiến trả kết quả ngày {{dueDate}}. Cảm ơn {{honorific}} đã kiên nhẫn chờ.',
  },
  {
    id: 'overdue-apology',
    stage: 'overdue',
    title: 'Xin lỗi vì trễ hẹn',
    text: 'Chúng tôi thành thật xin lỗi {{honorific}} {{applicantName}} vì hồ sơ {{code}} chưa có kết quả đúng hẹn. Xin hẹn lại {{honorific}} ngày {{newReturnDate}}; mong {{honorific}} thông cảm.',
  },
  {
    id: 'returning-handover',
    stage: 'returning',
    title: 'Trả kết quả',
    text: 'Xin mời {{honorific}} {{applicantName}} nhận kết quả hồ sơ {{procedureName}}. Xin cảm ơn {{honorific}} đã tin tưởng; nếu cần hỗ trợ thêm, {{honorific}} cứ liên hệ bộ phận một cửa.',
  },
  {
    id: 'any-thanks',
    stage: 'any',
    title: 'Cảm ơn',
    text: 'Xin cảm ơn {{honorific}} đã phối hợp, giúp hồ sơ được giải quyết thuận lợi.',
  },
];
