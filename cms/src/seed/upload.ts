import { copyFile, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

export type UploadedFile = { id: number };

export async function uploadSeedImage(strapi: Core.Strapi, fileName: string, alt: string, caption: string) {
  // The upload service may move or delete what it is given, so it gets a temporary copy.
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'spik-seed-'));
  try {
    const source = path.join(strapi.dirs.app.root, 'src', 'seed', 'images', fileName);
    const filepath = path.join(tmp, fileName);
    await copyFile(source, filepath);
    const { size } = await stat(filepath);
    const [file] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name: fileName, alternativeText: alt, caption } },
        files: { filepath, originalFilename: fileName, mimetype: 'image/png', size },
      });
    return file as UploadedFile;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
