/**
 * The type of the server's shared services. In a module of its own, not in `module.ts`, so the
 * workspace classes that `module.ts` registers can name it without a file cycle.
 */
import type { LangiumSharedServices } from 'langium/lsp';
import type { PortfolioCheck } from './portfolio-check.js';

/** Shared services of the server with the portfolio check. */
export type OpgaveLspSharedServices = LangiumSharedServices & { opgave: { PortfolioCheck: PortfolioCheck } };
