import { foldKey } from './names.ts';

/**
 * The signature block under an official form's table: "Lạng Sơn, ngày 15 tháng 01 năm
 * 2026", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Ký, ghi rõ họ tên)", "Người lập biểu", "Nơi
 * nhận:". Forms put these words under whichever columns the layout needs — often under
 * the count columns — so a row is recognised by its words, not by where they sit.
 * Only whole phrases of such blocks count: a unit's name never is one.
 */

/** "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "TL. GIÁM ĐỐC", "TUQ. …", "Q. GIÁM ĐỐC": signing on another's behalf. */
const ON_BEHALF = /^\s*(?:KT|TM|TL|TUQ|Q)\s*\.\s*\p{L}/iu;

/** Offices and roles written alone on a signature line (folded: no case, no diacritics). */
const ROLE = new RegExp(
  '^(?:pho )?(?:chu tich(?: ubnd| uy ban nhan dan)?|giam doc|truong phong|truong ban|thu truong(?: don vi| co quan)?|ke toan truong|lanh dao(?: don vi)?|' +
    'nguoi lap(?: bieu| bang| bao cao)?|nguoi kiem tra|nguoi duyet|nguoi tong hop|xac nhan cua .+)$',
);

/** "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)", "Đã ký"; "Nơi nhận:"; "…, ngày … tháng … năm …". */
const PHRASE = /^(?:ky(?: ten)?(?: ghi ro ho ten| dong dau| ghi ro ho ten dong dau| dong dau ghi ro ho ten)|da ky|noi nhan\b.*)$|\bngay(?: \S+)? thang(?: \S+)? nam\b/;

export function isSignatureText(text: string): boolean {
  if (ON_BEHALF.test(text)) return true;
  const folded = foldKey(text);
  return folded !== '' && (ROLE.test(folded) || PHRASE.test(folded));
}
