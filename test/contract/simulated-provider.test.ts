import { DEFAULT_SIMULATED_CONFIG, SimulatedProvider } from '../../src/providers/simulated.js';
import { providerContract } from './provider-contract.js';

providerContract('simulated', () => new SimulatedProvider(DEFAULT_SIMULATED_CONFIG));
providerContract(
  'simulated, always truncating',
  () => new SimulatedProvider({ ...DEFAULT_SIMULATED_CONFIG, maxOutputTokens: 50 }),
);
