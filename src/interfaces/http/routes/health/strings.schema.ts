// A list of texts, as most of the health answers carry.
import { z } from 'zod';

export const Strings = z.array(z.string());
