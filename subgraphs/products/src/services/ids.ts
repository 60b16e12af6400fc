import { Types } from 'mongoose';

export const newId = () => new Types.ObjectId().toHexString();
