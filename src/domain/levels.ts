import type { UnitLevel } from './schemas/index.ts';

/** Level names as the validator's Vietnamese messages use them. */
export const levelNameVi: Record<UnitLevel, string> = {
  province: 'tỉnh',
  district: 'huyện',
  commune: 'xã',
  village: 'thôn',
};
