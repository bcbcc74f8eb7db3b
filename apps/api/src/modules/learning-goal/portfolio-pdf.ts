import PDFDocument from 'pdfkit';
import { portfolioOutline } from './portfolio-outline';
import type { Portfolio } from './portfolio.service';

/**
 * The portfolio as a PDF, rendered on the server with pdfkit (pure JavaScript, no browser) from the
 * same outline as the Markdown. The built-in Helvetica covers Latin-1; other characters are
 * replaced rather than drawn as nothing.
 */
export function portfolioPdf(p: Portfolio): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `Portfolio of ${p.person}` } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const latin1 = (text: string) =>
    text
      .replace(/[“”]/g, '"')
      .replace(/[‘’]/g, "'")
      .replace(/[–—]/g, '-')
      .replace(/·/g, '|')
      .replace(/[^\n\x20-\x7e\xa0-\xff]/g, '?');
  for (const block of portfolioOutline(p)) {
    const text = latin1(block.text);
    switch (block.kind) {
      case 'title':
        doc.font('Helvetica-Bold').fontSize(20).text(text).moveDown(0.3);
        break;
      case 'heading':
        doc
          .moveDown(0.6)
          .font('Helvetica-Bold')
          .fontSize(block.level === 2 ? 15 : 12)
          .text(text);
        break;
      case 'meta':
        doc.font('Helvetica-Oblique').fontSize(9).fillColor('#555555').text(text).fillColor('black');
        break;
      case 'paragraph':
        doc.moveDown(0.2).font('Helvetica').fontSize(10).text(text);
        break;
      case 'item':
        doc
          .font('Helvetica')
          .fontSize(10)
          .text(`${text.startsWith('  ') ? '    - ' : '- '}${text.trim()}`);
        break;
    }
  }
  doc.end();
  return done;
}
