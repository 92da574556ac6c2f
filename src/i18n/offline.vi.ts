/** Vietnamese text of offline reading: the save button of unit pages, the offline page (/ngoai-tuyen/) and the note on a kept copy. */
import { formatDate } from '../format/vi.ts';

export const offline = {
  save: {
    button: 'Lưu để đọc khi không có mạng',
    hint: 'Giữ trang này, bản đồ của nó và trang đơn vị cấp trên trong trình duyệt của bạn.',
    saving: 'Đang lưu…',
    saved: 'Đã lưu. Khi không có mạng, bạn vẫn mở được trang này và trang cấp trên.',
    failed: 'Chưa lưu được (mạng chập chờn?). Hãy thử lại.',
    list: 'Xem các trang đã lưu',
  },
  /**
   * Put by the service worker at the top of a page it serves from its caches (no network, or
   * none within 6 s): the figures are those of the release the copy was kept from.
   */
  copy: {
    note: (release: string, keptOn: string | null) =>
      `Bản lưu trong máy${keptOn ? `, tải về ngày ${formatDate(keptOn)}` : ''} (không có mạng hoặc mạng quá chậm). Số liệu của phiên bản dữ liệu ${release}, có thể đã có số liệu mới hơn.`,
    list: 'Xem các trang đã lưu',
  },
  page: {
    title: 'Đọc khi không có mạng',
    description: 'Những trang của Vì người nghèo Lạng Sơn mà trình duyệt này giữ để đọc khi không có mạng.',
    intro: 'Trình duyệt giữ lại các trang bạn đã mở và các trang bạn bấm “Lưu để đọc khi không có mạng”, để đọc lại khi mất mạng. Số liệu trên các trang đã lưu là của lần công bố mới nhất mà bạn đã mở; khi có lần công bố mới, các trang được tải lại.',
    offlineNote: 'Nếu bạn thấy trang này thay cho trang mình muốn mở: thiết bị đang không có mạng và trang đó chưa được lưu.',
    savedHeading: 'Trang đã lưu',
    openedHeading: 'Trang đã mở gần đây',
    droppedHeading: 'Trang đã lưu nhưng chưa tải lại được',
    droppedNote: 'Khi có số liệu mới, trình duyệt đã bỏ bản cũ của các trang này nhưng chưa tải được bản mới (mất mạng, hoặc trang không còn). Khi có mạng, hãy mở lại trang và bấm “Lưu để đọc khi không có mạng”.',
    none: 'Chưa có trang nào.',
    noScript: 'Danh sách cần JavaScript; không có JavaScript, trình duyệt không lưu trang để đọc khi không có mạng.',
    unsupported: 'Trình duyệt này không hỗ trợ đọc khi không có mạng.',
  },
} as const;
