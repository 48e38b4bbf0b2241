// Which build runs and where its analyses go, as copydesk.inspect reports it (the web run checks
// the same command says "web"): here the Node build, in a worker thread.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Inspection } from '../../src/editor/inspect';
import { api, closeAll, untitledArticle } from './util';

describe('Copydesk in the Node extension host', () => {
  after(closeAll);

  it('reports the Node build, a process, and analyses in a worker thread', async () => {
    await api();
    const doc = await untitledArticle('"We are ready," said Ana Lopez.\n');
    const i = await vscode.commands.executeCommand<Inspection>('copydesk.inspect', doc.uri, 20000);
    assert.deepStrictEqual(
      { host: i.host, hasProcess: i.hasProcess, analyzerMode: i.analyzerMode },
      { host: 'node', hasProcess: true, analyzerMode: 'worker' },
    );
    assert.deepStrictEqual(
      i.analysis?.quotes.map((q) => q.speaker),
      ['Ana Lopez'],
    );
  });
});
