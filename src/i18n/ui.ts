// Interface text, in one place. Ward-specific words come from content/ward.yaml, never from here.
export const ui = {
  skipToContent: 'Bỏ qua, đến nội dung chính',
  navLabel: 'Điều hướng chính',
  nav: {
    home: 'Trang chủ',
    plan: 'Kế hoạch',
    progress: 'Tiến độ',
    support: 'Hỗ trợ',
    articles: 'Bài viết',
    search: 'Tìm kiếm',
  },
  emergency: {
    heading: 'Khẩn cấp, gọi ngay',
    police: 'Công an',
    child: 'Bảo vệ trẻ em, mua bán người',
    free: 'Miễn phí, 24/7',
  },
  footer: {
    about: 'Trang thông tin về Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới',
    privacy: 'Trang không dùng cookie, không theo dõi người đọc và không tải gì từ trang web khác.',
  },
  plan: {
    objective: 'Mục tiêu',
    indicator: 'Chỉ tiêu',
    target: 'Mục tiêu năm',
    responsible: 'Đơn vị chủ trì, báo cáo',
    noUnit: 'Kế hoạch chưa giao đơn vị chủ trì',
    baseline: 'Số liệu gốc',
    noBaseline: 'Kế hoạch chưa có số liệu gốc',
    qualitative: 'Định tính',
    quantitative: 'Định lượng',
    tasks: 'Nhiệm vụ, giải pháp',
    generalTasks: 'Nhiệm vụ, giải pháp chung',
  },
} as const;
