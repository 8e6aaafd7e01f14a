export interface HostileScheduleXml {
  name: 'nesting' | 'references' | 'attributes';
  text: string;
  /** What importFrabXml's error says about it. */
  error: RegExp;
}
export function hostileScheduleXml(size: number): HostileScheduleXml[];
