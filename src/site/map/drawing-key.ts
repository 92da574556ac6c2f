/**
 * What a map's drawing shows beyond its legend's colours, in words under the map: the bold
 * district borders and the grey capitals of the districts' names on a commune map. A reader
 * of another province does not know "TRÀNG ĐỊNH" is a district, not a commune.
 */
import type { MapDrawing } from '../../domain/map/model.ts';

interface KeyWords {
  parentBorders: string;
  parentNames: string;
}

/** `namesWritten`: whether the districts' names appear (a static file writes them only where no commune's fits). */
export function drawingKey(drawing: Pick<MapDrawing, 'parentBorders' | 'parentNames'>, words: KeyWords, namesWritten = (drawing.parentNames?.length ?? 0) > 0): string {
  return [drawing.parentBorders ? words.parentBorders : '', namesWritten ? words.parentNames : ''].filter(Boolean).join(' ');
}
