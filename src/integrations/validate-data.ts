import type { AstroIntegration } from 'astro';
import { formatText } from '../domain/validation/format-report.ts';
import { validate } from '../domain/validation/validate.ts';

/**
 * Validates the data before Astro renders anything: an invalid dataset stops the build
 * with the validator's own messages, so it can never produce a site. In a preview build
 * (`preferDraft`), the release validated is the draft the pages are built from.
 */
export function validateData(options: { dataRoot: string; contentRoot: string; preferDraft?: boolean }): AstroIntegration {
  return {
    name: 'validate-data',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const started = performance.now();
        const { report } = validate(options);
        if (!report.ok) {
          console.error(formatText(report));
          throw new Error(`Dữ liệu không hợp lệ: ${report.errors.length + report.omittedErrors} lỗi. Không tạo trang web.`);
        }
        logger.info(`${formatText(report)} (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
