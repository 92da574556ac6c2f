import { tickDecimals } from '../../domain/charts/line-chart.ts';
import { formatDecimal } from '../../format/local.ts';

/** A rate axis's tick (the value in hundredths of a percent), with the decimals its step needs: "2,5%". */
export const percentTick = (value: number, step: number): string => `${formatDecimal(value / 100, tickDecimals(step / 100))}%`;
