import { createContext, useContext } from 'react';
import type { ToasoanApi } from '../../shared/contract/index.ts';

const ApiContext = createContext<ToasoanApi | undefined>(undefined);

export const ApiProvider = ApiContext.Provider;

export function useApi(): ToasoanApi {
  const api = useContext(ApiContext);
  if (api === undefined) throw new Error('useApi outside ApiProvider');
  return api;
}
