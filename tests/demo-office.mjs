// The demo commune: `npm run demo` opens with it, and the letters unit tests print for it.
export const DEMO_OFFICE = {
  communeName: 'xã Tân Phú',
  unitType: 'xã',
  province: 'tỉnh Đồng Nai',
  placeName: 'Tân Phú',
  leaderName: 'Lê Văn Bình',
  leaderTitle: 'CHỦ TỊCH',
  signingAuthority: 'TM. ỦY BAN NHÂN DÂN',
};
