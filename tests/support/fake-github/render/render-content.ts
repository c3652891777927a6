import type { Urls } from "../handler-types.js";
import type { TreeEntry } from "../state/git-store.js";
import type { RepoRecord } from "../state/records.js";
import { repoApi } from "./render-git.js";

/** GitHub's content entry (file or directory) without the file body. */
export function renderContentEntry(urls: Urls, repo: RepoRecord, path: string, entry: TreeEntry, ref: string): Record<string, unknown> {
  const isDir = entry.type === "tree";
  const self = `${repoApi(urls, repo)}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const git = `${repoApi(urls, repo)}/git/${isDir ? "trees" : "blobs"}/${entry.sha}`;
  const html = `${urls.html}/${repo.owner}/${repo.name}/${isDir ? "tree" : "blob"}/${ref}/${path}`;
  return {
    type: isDir ? "dir" : entry.type === "commit" ? "submodule" : "file",
    size: isDir ? 0 : (repo.git.blobs.get(entry.sha)?.length ?? 0),
    name: path.split("/").pop() ?? path,
    path,
    sha: entry.sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: isDir ? null : `https://raw.githubusercontent.com/${repo.owner}/${repo.name}/${ref}/${path}`,
    _links: { self, git, html },
  };
}

/** GitHub's `content-file`: the entry plus its base64 body, wrapped at 60 characters like GitHub. */
export function renderContentFile(urls: Urls, repo: RepoRecord, path: string, entry: TreeEntry, ref: string): Record<string, unknown> {
  const blob = repo.git.blobs.get(entry.sha) ?? Buffer.alloc(0);
  const content = blob.toString("base64").replace(/.{60}/g, "$&\n");
  return {
    ...renderContentEntry(urls, repo, path, entry, ref),
    content: content.endsWith("\n") || content === "" ? content : `${content}\n`,
    encoding: "base64",
  };
}
