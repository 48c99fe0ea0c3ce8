/**
 * What staff read in the browser editor: a Vietnamese label and hint for every field of every
 * schema the editor edits, keyed by collection and field path (list items are skipped in the
 * path: "contacts.hours.weekly.days"). The hints carry the guidance the YAML comments give today,
 * because a save from the editor rewrites the file and drops comments.
 * src/features/admin/lib/decap-config.test.ts fails when a schema gains a field that has no label here.
 */
export interface FieldText {
  label: string;
  hint?: string;
  /** A long text shown as a multi-line box. */
  multiline?: boolean;
  /** Vietnamese names for the values of an enum, shown in the drop-down list. */
  options?: Record<string, string>;
  /** For a list: what one item is called, e.g. "Thêm nguồn". */
  singular?: string;
}

const DAYS: Record<string, string> = { t2: 'Thứ Hai', t3: 'Thứ Ba', t4: 'Thứ Tư', t5: 'Thứ Năm', t6: 'Thứ Sáu', t7: 'Thứ Bảy', cn: 'Chủ nhật' };

const SLUG_HINT = 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ "tram-y-te"';
const DATE_HINT = 'Chọn ngày; tệp lưu dạng năm-tháng-ngày (YYYY-MM-DD).';

export const LABELS: Record<string, Record<string, FieldText>> = {
  articles: {
    title: { label: 'Tiêu đề', hint: 'Tiếng Việt có đủ dấu, tối đa 120 ký tự.' },
    description: {
      label: 'Mô tả ngắn',
      hint: 'Một hoặc hai câu, hiện ở danh sách bài, kết quả tìm kiếm và khi chia sẻ liên kết; tối đa 200 ký tự.',
      multiline: true,
    },
    publishDate: { label: 'Ngày đăng', hint: `${DATE_HINT} Bài có ngày đăng trong tương lai chưa được đưa lên trang.` },
    updatedDate: { label: 'Ngày cập nhật', hint: `Chỉ điền khi nội dung thực sự thay đổi. ${DATE_HINT}` },
    draft: { label: 'Bản nháp', hint: 'Bật khi bài chưa sẵn sàng: bản nháp không bao giờ được đưa lên trang.' },
    topics: { label: 'Chủ đề', hint: 'Lĩnh vực của Kế hoạch mà bài viết nói tới; chọn ít nhất một.' },
    sources: { label: 'Nguồn', singular: 'nguồn', hint: 'Luật, báo cáo hoặc trang web bài viết dựa vào; cần ít nhất một nguồn.' },
    'sources.title': { label: 'Tên nguồn', hint: 'Tên văn bản hoặc số hiệu, ví dụ "Luật Bình đẳng giới số 73/2006/QH11".' },
    'sources.url': { label: 'Địa chỉ', hint: 'Địa chỉ đầy đủ bắt đầu bằng https:// hoặc đường dẫn trong trang bắt đầu bằng /.' },
    cover: { label: 'Ảnh bìa', hint: 'Không bắt buộc. Ảnh được lưu cạnh bài viết, trong thư mục content/articles/.' },
    'cover.src': { label: 'Tệp ảnh' },
    'cover.alt': { label: 'Mô tả ảnh', hint: 'Bắt buộc khi có ảnh: viết một câu nói ảnh cho thấy gì, để người khiếm thị cũng biết.' },
    body: { label: 'Nội dung bài viết', hint: 'Viết ngắn gọn, câu rõ ràng; dùng tiêu đề cấp 2 để chia các phần.' },
  },
  services: {
    name: { label: 'Tên đầy đủ', hint: 'Ví dụ "Tổng đài điện thoại quốc gia bảo vệ trẻ em".' },
    summary: { label: 'Tóm tắt', hint: 'Một hoặc hai câu, lời lẽ dễ hiểu: nơi này giúp việc gì.', multiline: true },
    topics: {
      label: 'Hỗ trợ về',
      hint: 'Chọn từ danh sách; chủ đề chính chọn trước (dịch vụ đứng đầu nhóm đó trong danh bạ).',
      options: {
        'khan-cap': 'Khẩn cấp',
        'bao-luc-gia-dinh': 'Bạo lực gia đình',
        'bao-luc-gioi': 'Bạo lực trên cơ sở giới',
        'bao-luc-tinh-duc': 'Bạo lực tình dục',
        'mua-ban-nguoi': 'Mua bán người',
        'xam-hai-tre-em': 'Xâm hại trẻ em',
        'tro-giup-phap-ly': 'Trợ giúp pháp lý',
        'y-te': 'Y tế',
        'tu-van-tam-ly': 'Tư vấn tâm lý',
        'noi-tam-lanh': 'Nơi tạm lánh',
      },
    },
    audience: { label: 'Dành cho ai', hint: 'Ví dụ "Trẻ em dưới 16 tuổi, cha mẹ, người chứng kiến".' },
    scope: { label: 'Phạm vi', options: { 'quoc-gia': 'Toàn quốc', 'thanh-pho': 'Thành phố', phuong: 'Phường' } },
    contacts: {
      label: 'Cách liên hệ',
      singular: 'cách liên hệ',
      hint: 'Mỗi số điện thoại, trang web hoặc địa chỉ là một mục. Dịch vụ đã đăng cần ít nhất một cách liên hệ đã kiểm tra.',
    },
    'contacts.kind': {
      label: 'Loại',
      options: { 'dien-thoai': 'Điện thoại', zalo: 'Zalo', web: 'Trang web', 'ung-dung': 'Ứng dụng', 'dia-chi': 'Địa chỉ' },
    },
    'contacts.value': {
      label: 'Số điện thoại, địa chỉ web hoặc địa chỉ',
      hint: 'Số điện thoại viết như khi bấm gọi, ví dụ "111" hoặc "0225 3xxx xxx" (không bịa số). Địa chỉ web bắt đầu bằng https://. Số đã ngừng hoạt động bị kiểm tra nội dung từ chối.',
    },
    'contacts.hours': {
      label: 'Giờ làm việc',
      hint: 'Bật "Cả ngày, mọi ngày (24/7)" hoặc thêm các khung giờ trong tuần (giờ Việt Nam) và chọn quy định ngày lễ.',
    },
    'contacts.hours.always': { label: 'Cả ngày, mọi ngày (24/7)' },
    'contacts.hours.weekly': { label: 'Các khung giờ trong tuần', singular: 'khung giờ', hint: 'Bỏ trống khi đã bật 24/7.' },
    'contacts.hours.weekly.days': { label: 'Các ngày', options: DAYS },
    'contacts.hours.weekly.from': { label: 'Giờ mở', hint: 'Dạng HH:MM, ví dụ "07:30".' },
    'contacts.hours.weekly.to': { label: 'Giờ đóng', hint: 'Dạng HH:MM, sau giờ mở, ví dụ "17:00".' },
    'contacts.hours.publicHolidays': {
      label: 'Ngày lễ',
      hint: 'Bỏ trống khi đã bật 24/7.',
      options: { nghi: 'Nghỉ', mo: 'Làm việc như thường lệ', 'khong-ro': 'Chưa rõ' },
    },
    'contacts.cost': { label: 'Cước phí', options: { 'mien-phi': 'Miễn phí', 'nguoi-goi-tra-cuoc': 'Người gọi trả cước', 'khong-ro': 'Chưa rõ' } },
    'contacts.note': { label: 'Ghi chú', hint: 'Ghi chú ngắn hiện cạnh cách liên hệ, ví dụ "Báo tin mua bán người".' },
    source: {
      label: 'Nguồn xác nhận',
      singular: 'nguồn',
      hint: 'Trang web công khai xác nhận các cách liên hệ, bắt đầu bằng https://. Dịch vụ đã đăng cần ít nhất một nguồn.',
    },
    verifiedAt: { label: 'Ngày kiểm tra gần nhất', hint: `Ngày cán bộ gọi thử hoặc đối chiếu với nguồn. ${DATE_HINT} Kiểm tra lại ít nhất 12 tháng một lần.` },
    confidence: { label: 'Độ tin cậy', hint: '"Cần xác nhận" khi nguồn chưa đủ chắc chắn.', options: { cao: 'Cao', 'trung-binh': 'Cần xác nhận' } },
    draft: { label: 'Bản nháp', hint: 'Bật khi chưa có cách liên hệ đã kiểm tra: bản nháp không hiện ở đâu trên trang.' },
    order: { label: 'Thứ tự', hint: 'Số nhỏ đứng trước trong nhóm; đường dây khẩn cấp dùng số nhỏ. Mặc định 100.' },
  },
  snapshots: {
    period: { label: 'Năm của số liệu', hint: 'Năm có 4 chữ số, ví dụ 2027. Mỗi năm một tệp.' },
    published: { label: 'Ngày công bố', hint: DATE_HINT },
    reportingUnit: { label: 'Đơn vị tổng hợp', hint: 'Đơn vị tổng hợp số liệu (danh sách ở phần "Thông tin phường").' },
    values: { label: 'Số liệu theo chỉ tiêu', hint: 'Mỗi chỉ tiêu của Kế hoạch một mục; bỏ trống chỉ tiêu chưa có số liệu.' },
    'values.value': { label: 'Giá trị', hint: 'Chỉ ghi số, không kèm đơn vị; bỏ trống khi chưa có số liệu.' },
    'values.state': {
      label: 'Tình trạng (chỉ tiêu định tính)',
      options: { 'chua-trien-khai': 'Chưa triển khai', 'dang-trien-khai': 'Đang triển khai', 'da-dat': 'Đã đạt' },
    },
    'values.source': { label: 'Nguồn số liệu', hint: 'Bắt buộc khi có giá trị hoặc tình trạng: số liệu lấy từ đâu, tính thế nào.' },
    'values.note': { label: 'Ghi chú', hint: 'Điều người đọc cần biết, ví dụ vì sao chưa có số liệu.' },
    'values.provisional': { label: 'Số liệu sơ bộ', hint: 'Bật khi số liệu còn có thể thay đổi.' },
    'values.illustrative': { label: 'Số liệu minh họa', hint: 'Bật khi số liệu chỉ để minh họa cách trang hoạt động, không phải số đo thật.' },
  },
  calendar: {
    events: {
      label: 'Các ngày, tháng hành động',
      singular: 'ngày, tháng hành động',
      hint: 'Ngày lấy từ văn bản có căn cứ; chỉ ghi hoạt động mà Kế hoạch của phường nói, không thêm hoạt động.',
    },
    'events.id': { label: 'Mã', hint: `Dùng làm neo trên trang /lich/, ${SLUG_HINT}.` },
    'events.name': { label: 'Tên ngày, tháng hành động' },
    'events.start': { label: 'Ngày bắt đầu' },
    'events.start.day': { label: 'Ngày', hint: 'Từ 1 đến 31.' },
    'events.start.month': { label: 'Tháng', hint: 'Từ 1 đến 12.' },
    'events.end': { label: 'Ngày kết thúc', hint: 'Chỉ điền cho một khoảng thời gian; bỏ trống khi chỉ một ngày.' },
    'events.end.day': { label: 'Ngày', hint: 'Từ 1 đến 31.' },
    'events.end.month': { label: 'Tháng', hint: 'Từ 1 đến 12.' },
    'events.about': { label: 'Giới thiệu', hint: 'Một hoặc hai câu.', multiline: true },
    'events.basis': { label: 'Căn cứ', hint: 'Văn bản quy định ngày này, ví dụ "Quyết định số 72/2001/QĐ-TTg".' },
    'events.wardActions': { label: 'Phường làm gì', singular: 'hoạt động', hint: 'Sát lời của Kế hoạch; bỏ trống khi Kế hoạch không nói.' },
    'events.planReference': { label: 'Mục trong Kế hoạch', hint: 'Ví dụ "Kế hoạch, mục II.2.3".' },
    'events.link': { label: 'Đọc thêm', hint: 'Đường dẫn trong trang bắt đầu bằng /, ví dụ một bài viết, hoặc địa chỉ https://.' },
  },
  ward: {
    name: { label: 'Tên phường', hint: 'Như trong văn bản, bắt đầu bằng chữ "phường" viết thường.' },
    city: { label: 'Thành phố' },
    address: { label: 'Địa chỉ trụ sở Ủy ban nhân dân', hint: 'Để trống cho đến khi có địa chỉ đã kiểm tra.' },
    committee: { label: 'Tên Ủy ban nhân dân phường' },
    siteUrl: { label: 'Địa chỉ công khai của trang', hint: 'Dùng cho sơ đồ trang, bản tin và liên kết chia sẻ; thay bằng tên miền thật trước khi triển khai.' },
    siteName: { label: 'Tên trang', hint: 'Tên ngắn hiện ở đầu trang.' },
    quickExitUrl: { label: 'Trang của nút "Thoát nhanh"', hint: 'Một trang tin tức tiếng Việt trung lập, địa chỉ đầy đủ https://.' },
    emergency: {
      label: 'Số khẩn cấp',
      singular: 'số khẩn cấp',
      hint: 'Khung "Khẩn cấp, gọi ngay" ở đầu trang chủ, trang Hỗ trợ và cuối mọi trang. Số đầu tiên là số trang bảo người đang gặp nguy hiểm gọi. Cần ít nhất một số; mỗi số phải có trong danh bạ nơi hỗ trợ.',
    },
    'emergency.phone': { label: 'Số điện thoại', hint: 'Viết như khi bấm gọi, ví dụ "113". Không bịa số: số phải có trong danh bạ nơi hỗ trợ, kèm nguồn.' },
    'emergency.name': { label: 'Nơi nghe máy', hint: 'Ngắn gọn, ví dụ "Công an".' },
    'emergency.note': { label: 'Cước phí, giờ nghe máy', hint: 'Không bắt buộc; theo nguồn của số này trong danh bạ, ví dụ "Miễn phí, 24/7".' },
    units: { label: 'Các đơn vị', singular: 'đơn vị', hint: 'Cơ quan của Ủy ban nhân dân phường và các tổ chức Kế hoạch nêu tên.' },
    'units.id': { label: 'Mã', hint: `Chỉ tiêu và nhiệm vụ dùng mã này; ${SLUG_HINT}. Không đổi mã đang dùng.` },
    'units.name': { label: 'Tên đầy đủ', hint: 'Như Kế hoạch viết, ví dụ "Trạm y tế phường".' },
    'units.shortName': { label: 'Tên ngắn', hint: 'Dùng trong bảng trên màn hình nhỏ.' },
    'units.kind': { label: 'Loại', options: { 'co-quan': 'Cơ quan của Ủy ban nhân dân', 'to-chuc': 'Tổ chức chính trị – xã hội' } },
  },
};
