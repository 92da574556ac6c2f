/** Vietnamese text of the plan page (/ke-hoach/). */
import type { PlanMilestoneId } from '../domain/plan.ts';

/** Places on the site where a result can be seen (src/site/plan-view.ts gives their addresses). */
export type PlanResultPlace = 'progress' | 'criteria' | 'awards' | 'profiles' | 'updates' | 'data';

/**
 * The English page quotes the plan in Vietnamese, as issued, and glosses it: the title in
 * English, a heading and a short summary for each section (keyed by its number, "IV.1.đ").
 * The Vietnamese page is the plan itself and has no gloss.
 */
export interface PlanGloss {
  title: string;
  quoteNote: string;
  preamble: string;
  closing: string;
  sections: Readonly<Record<string, { heading: string; summary: string }>>;
}

export const planPage = {
  title: 'Kế hoạch Phong trào thi đua 2021–2025',
  description:
    'Toàn văn Kế hoạch tổ chức thực hiện Phong trào thi đua “Lạng Sơn cùng cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau” giai đoạn 2021–2025, mỗi mục dẫn tới kết quả.',
  intro:
    'Toàn văn Kế hoạch của UBND tỉnh, đúng như bản trang nhận được. Bên cạnh mỗi chỉ tiêu, tiêu chí và hình thức khen thưởng là đường dẫn tới kết quả trên trang; phần tiến độ ghi việc gì đã diễn ra, phần tổ chức thực hiện ghi ai làm gì và xem kết quả ở đâu.',
  tocHeading: 'Mục lục',
  preambleHeading: 'Căn cứ ban hành',
  closingHeading: 'Kết thúc văn bản',
  sectionLabel: (number: string) => `Mục ${number}`,
  gloss: undefined as PlanGloss | undefined,
  resultsHeading: 'Kết quả trên trang',
  targetLine: (year: number, status: string) => `năm ${year}: ${status}`,
  seeProgress: 'xem từng năm',
  criterionCounts: (met: string, notMet: string, unknown: string) => `${met} lượt đạt, ${notMet} lượt chưa đạt, ${unknown} lượt chưa đủ số liệu`,
  seeEvaluations: 'xem kết quả từng đơn vị',
  noEvaluations: 'chưa có đơn vị nào được đánh giá',
  dossier: 'Đánh giá theo hồ sơ: tiêu chí này không đo được bằng số liệu rà soát, nên trang không tự chấm.',
  citedBy: 'Khen thưởng nêu tiêu chí này:',
  citedByNone: 'Chưa có khen thưởng nào trong dữ liệu nêu tiêu chí này.',
  awardCount: (n: string) => `${n} khen thưởng trong dữ liệu`,
  milestonesHeading: 'Các mốc và việc đã diễn ra',
  milestoneHappened: 'Đã diễn ra',
  milestones: {
    'ke-hoach-trien-khai-2022': { when: 'Quý III/2022', what: 'Các sở, ngành, đoàn thể tỉnh và UBND các huyện, thành phố xây dựng kế hoạch triển khai' },
    'so-ket-2023': { when: 'Năm 2023', what: 'Sơ kết giữa kỳ và khen thưởng theo thẩm quyền' },
    'tong-ket-2025': { when: 'Năm 2025', what: 'Tổng kết Phong trào' },
    'tong-ket-ctmtqg-2025': {
      when: 'Năm 2025',
      what: 'Tổng kết Phong trào cùng dịp tổng kết Chương trình mục tiêu quốc gia giảm nghèo bền vững 2021–2025; trình khen thưởng',
    },
  } satisfies Record<PlanMilestoneId, { when: string; what: string }>,
  noInformation: 'Chưa có thông tin',
  responsibilitiesHeading: 'Ai làm gì, xem kết quả ở đâu',
  responsibilityColumns: { item: 'Mục', who: 'Ai', what: 'Làm gì', where: 'Kết quả trên trang' },
  responsibilities: {
    'VI.1': {
      who: 'Hội đồng Thi đua – Khen thưởng các cấp, cùng Ban Chỉ đạo các Chương trình mục tiêu quốc gia cùng cấp',
      what: 'Thống nhất nội dung, biện pháp triển khai; thành viên Hội đồng tỉnh phụ trách cụm thi đua theo dõi, kiểm tra, đôn đốc',
      where: ['awards', 'criteria'],
      note: undefined,
    },
    'VI.2': {
      who: 'Các sở, ban, ngành, Ủy ban MTTQ và các tổ chức chính trị – xã hội tỉnh, UBND các huyện, thành phố; các cơ quan thông tin đại chúng',
      what: 'Xây dựng phong trào thi đua của mình, hướng dẫn và tổ chức thực hiện; báo chí tuyên truyền, mở chuyên trang, chuyên mục, nêu gương điển hình',
      where: ['profiles', 'updates'],
      note: undefined,
    },
    'VI.3': {
      who: 'Ủy ban MTTQ và các tổ chức chính trị – xã hội các cấp, các cơ quan thông tin đại chúng',
      what: 'Tuyên truyền, vận động hội viên, đoàn viên và Nhân dân tham gia giúp đỡ người nghèo',
      where: ['profiles', 'updates'],
      note: undefined,
    },
    'VI.4': {
      who: 'Các sở, ban, ngành, Ủy ban MTTQ và các tổ chức chính trị – xã hội tỉnh, UBND các huyện, thành phố',
      what: 'Hằng năm báo cáo tình hình thực hiện về Sở Nội vụ (Ban Thi đua – Khen thưởng) để tổng hợp, báo cáo Chủ tịch UBND tỉnh',
      where: ['data'],
      note: 'Các báo cáo hằng năm chưa được công bố; trang có kết quả rà soát hộ nghèo từng năm.',
    },
    'VI.5': {
      who: 'Cơ quan thường trực, cơ quan giúp việc Ban Chỉ đạo các Chương trình mục tiêu quốc gia, cùng cơ quan thường trực Hội đồng Thi đua – Khen thưởng cùng cấp',
      what: 'Kết hợp kiểm tra, giám sát Phong trào với kiểm tra, giám sát chương trình giảm nghèo bền vững',
      where: [],
      note: 'Chưa có trên trang: kết quả kiểm tra, giám sát chưa được công bố.',
    },
    'VI.6': {
      who: 'Sở Nội vụ chủ trì, phối hợp với Sở Lao động – Thương binh và Xã hội',
      what: 'Triển khai, đôn đốc Phong trào; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện',
      where: ['progress', 'criteria', 'awards'],
      note: undefined,
    },
  } as Record<string, { who: string; what: string; where: readonly PlanResultPlace[]; note: string | undefined }>,
  places: {
    progress: 'Tiến độ so với kế hoạch',
    criteria: 'Tiêu chí và kết quả đánh giá',
    awards: 'Khen thưởng',
    profiles: 'Điển hình',
    updates: 'Tin tức',
    data: 'Dữ liệu mở',
  } satisfies Record<PlanResultPlace, string>,
} as const;
