/** What every test site starts with, in the newsroom's language. */

export const SITE_TITLE = 'Báo Tòa soạn (thử nghiệm)';

/** Renamed from "Uncategorized", which WordPress will not delete. */
export const DEFAULT_CATEGORY = { name: 'Chưa phân loại', slug: 'chua-phan-loai' };

/** Parents come before their children. */
export const CATEGORIES: readonly { name: string; parent: string | null }[] = [
  { name: 'Thời sự', parent: null },
  { name: 'Trong tỉnh', parent: 'Thời sự' },
  { name: 'Trong nước', parent: 'Thời sự' },
  { name: 'Kinh tế', parent: null },
  { name: 'Văn hóa - Xã hội', parent: null },
  { name: 'Thể thao', parent: null },
];

export const TAGS: readonly string[] = ['Quảng Trị', 'Giao thông', 'Nông nghiệp'];

export const ROLES = ['contributor', 'author', 'editor', 'admin'] as const;
export type WordPressRole = (typeof ROLES)[number];

/** `admin` comes from wp_install itself; the others are created after it. */
export const USERS: readonly { key: Exclude<WordPressRole, 'admin'>; login: string; role: string; displayName: string }[] = [
  { key: 'contributor', login: 'contributor', role: 'contributor', displayName: 'Cộng tác viên Lê Thị Hoa' },
  { key: 'author', login: 'author', role: 'author', displayName: 'Phóng viên Nguyễn Văn An' },
  { key: 'editor', login: 'editor', role: 'editor', displayName: 'Biên tập viên Trần Minh Đức' },
];
export const ADMIN_DISPLAY_NAME = 'Quản trị Phạm Quốc Hùng';

/** Every user's login password, for a person poking at wp-admin; REST needs the application password. */
export const LOGIN_PASSWORD = 'test-password';
