// afterFrontMatter(): where "Disable … in this file" puts its marker in a Markdown draft. Above
// the front matter the marker would make the YAML prose; the mask must still hide it afterwards.
import * as assert from 'node:assert/strict';
import { afterFrontMatter, maskMarkdown } from '../../src/markdown';

describe('afterFrontMatter()', () => {
  it('is just after YAML or TOML front matter, and 0 without any', () => {
    const yaml = '---\ntitle: Budget\nauthor: Jane Doe\n---\n\nThe story.\n';
    assert.deepEqual(afterFrontMatter(yaml), { offset: yaml.indexOf('\nThe story'), endsLine: true });
    assert.equal(yaml.slice(0, afterFrontMatter(yaml).offset), '---\ntitle: Budget\nauthor: Jane Doe\n---\n');
    assert.equal(afterFrontMatter('+++\ntitle = "x"\n+++\r\nText\n').offset, '+++\ntitle = "x"\n+++\r\n'.length);
    for (const none of ['The story.\n', '\n---\ntitle: x\n---\n', '----\nx\n----\n', '---\ntitle: never closed\n']) {
      assert.deepEqual(afterFrontMatter(none), { offset: 0, endsLine: true }, JSON.stringify(none));
    }
    assert.deepEqual(afterFrontMatter('---\ntitle: x\n---'), { offset: 16, endsLine: false });
  });

  it('keeps the front matter hidden once the marker is inserted there', () => {
    const draft = '---\ntitle: "Zelensky visits"\n---\n"Quote," she said.\n';
    const at = afterFrontMatter(draft).offset;
    const marked = `${draft.slice(0, at)}<!-- copydesk-disable-file tk -- reason -->\n${draft.slice(at)}`;
    const mask = maskMarkdown(marked).text;
    assert.equal(mask.slice(0, at).trim(), '', 'the front matter is still not prose');
    const above = `<!-- copydesk-disable-file tk -- reason -->\n${draft}`;
    assert.match(maskMarkdown(above).text, /title/, 'above it, the YAML would be read as prose');
  });
});
