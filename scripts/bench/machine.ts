/**
 * What machine a measurement ran on, and how busy it was: figures from a
 * shared 2-core machine mean little without the load average beside them.
 */
import {cpus, loadavg, totalmem, type as osType, release} from 'node:os';

export interface MachineInfo {
  readonly cpuModel: string;
  readonly cpuCount: number;
  readonly memoryGiB: number;
  /** The 1, 5 and 15 minute load averages. */
  readonly loadAverage: [number, number, number];
  readonly os: string;
  readonly node: string;
}

export function machineInfo(): MachineInfo {
  const processors = cpus();
  const [one = 0, five = 0, fifteen = 0] = loadavg().map(
    (load) => Math.round(load * 100) / 100,
  );
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cpuCount: processors.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    loadAverage: [one, five, fifteen],
    os: `${osType()} ${release()}`,
    node: process.version,
  };
}
