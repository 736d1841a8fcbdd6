export interface Host {
  name: string;
  title: string;
  stylesheets: string[];
  head?: string;
  wrap: (post: string) => string;
  scheme: { light: 'light' | 'dark'; dark: 'light' | 'dark' };
}
export declare const HOSTS: Host[];
export declare const POST: string;
export declare function hostPage(host: Host): string;
