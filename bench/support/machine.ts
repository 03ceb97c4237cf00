import os from 'node:os';
import type { WordPressSite } from '../../tests/wordpress/startWordPress.ts';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  platform: string;
}

export function machine(): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    ramGiB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

export interface ServerVersions {
  wordpress: string;
  php: string;
  database: string;
}

/** Asked of the site itself, so the figures name the server they were measured on. */
export async function serverVersions(site: WordPressSite): Promise<ServerVersions> {
  const output = await site.php("global $wpdb; echo wp_json_encode([get_bloginfo('version'), PHP_VERSION, $wpdb->db_server_info()]), \"\\n\";");
  const [wordpress, php, database] = JSON.parse(output.trim().split('\n').pop() ?? '[]') as string[];
  // MariaDB prefixes "5.5.5-" for old MySQL clients.
  return { wordpress: wordpress ?? '?', php: php ?? '?', database: (database ?? '?').replace(/^5\.5\.5-/, '') };
}
