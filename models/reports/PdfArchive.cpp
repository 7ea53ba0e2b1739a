// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/PdfArchive.h"

#include "core/Error.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTimeZone>
#include <QXmlStreamWriter>

namespace dpo {

namespace {
constexpr char kRdf[] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

// The document information dictionary's /CreationDate, as Qt wrote it: D:YYYYMMDDHHmmSS with Z
// or an offset +HH'mm'.
QDateTime infoCreationDate(const QByteArray& pdf)
{
    static const QRegularExpression date(
        QStringLiteral(R"(/CreationDate \(D:(\d{14})(Z|([+-])(\d{2})'(\d{2})')?\))"));
    const QRegularExpressionMatch m = date.match(QString::fromLatin1(pdf.left(4096)));
    if (!m.hasMatch())
        return {};
    QDateTime at = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMddHHmmss"));
    int offset = 0;
    if (!m.captured(3).isEmpty())
        offset = (m.captured(4).toInt() * 3600 + m.captured(5).toInt() * 60) *
                 (m.captured(3) == QLatin1String("-") ? -1 : 1);
    at.setTimeZone(QTimeZone(offset));
    return at;
}

void rdfDescription(QXmlStreamWriter& xml, const char* prefix, const char* uri)
{
    xml.writeStartElement(QLatin1String(kRdf), QStringLiteral("Description"));
    xml.writeAttribute(QLatin1String(kRdf), QStringLiteral("about"), QString());
    xml.writeNamespace(QLatin1String(uri), QLatin1String(prefix));
}
} // namespace

QByteArray archivalXmp(const PdfDescription& description, const QDateTime& created)
{
    constexpr char dc[] = "http://purl.org/dc/elements/1.1/";
    constexpr char xmp[] = "http://ns.adobe.com/xap/1.0/";
    constexpr char pdf[] = "http://ns.adobe.com/pdf/1.3/";
    constexpr char pdfaid[] = "http://www.aiim.org/pdfa/ns/id/";
    constexpr char extension[] = "http://www.aiim.org/pdfa/ns/extension/";
    constexpr char schema[] = "http://www.aiim.org/pdfa/ns/schema#";
    constexpr char property[] = "http://www.aiim.org/pdfa/ns/property#";
    const QString date = created.toString(Qt::ISODate);

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    xml.writeNamespace(QLatin1String(kRdf), QStringLiteral("rdf"));
    xml.writeStartElement(QStringLiteral("adobe:ns:meta/"), QStringLiteral("xmpmeta"));
    xml.writeStartElement(QLatin1String(kRdf), QStringLiteral("RDF"));

    rdfDescription(xml, "dc", dc);
    xml.writeStartElement(QLatin1String(dc), QStringLiteral("title"));
    xml.writeStartElement(QLatin1String(kRdf), QStringLiteral("Alt"));
    xml.writeStartElement(QLatin1String(kRdf), QStringLiteral("li"));
    xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
    xml.writeCharacters(description.title);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();

    // The information dictionary's Creator, Producer and dates, as PDF/A-1 wants them mirrored.
    rdfDescription(xml, "xmp", xmp);
    xml.writeTextElement(QLatin1String(xmp), QStringLiteral("CreatorTool"),
                         QStringLiteral("DPO Console"));
    for (const char* name : {"CreateDate", "ModifyDate", "MetadataDate"})
        xml.writeTextElement(QLatin1String(xmp), QLatin1String(name), date);
    xml.writeEndElement();
    rdfDescription(xml, "pdf", pdf);
    xml.writeTextElement(QLatin1String(pdf), QStringLiteral("Producer"),
                         QStringLiteral("Qt ") + QLatin1String(qVersion()));
    xml.writeEndElement();
    rdfDescription(xml, "pdfaid", pdfaid);
    xml.writeTextElement(QLatin1String(pdfaid), QStringLiteral("part"), QStringLiteral("1"));
    xml.writeTextElement(QLatin1String(pdfaid), QStringLiteral("conformance"), QStringLiteral("B"));
    xml.writeEndElement();

    if (!description.properties.isEmpty()) {
        // PDF/A-1 takes a property of another schema only when the file declares it.
        rdfDescription(xml, "pdfaExtension", extension);
        xml.writeNamespace(QLatin1String(schema), QStringLiteral("pdfaSchema"));
        xml.writeNamespace(QLatin1String(property), QStringLiteral("pdfaProperty"));
        xml.writeStartElement(QLatin1String(extension), QStringLiteral("schemas"));
        xml.writeStartElement(QLatin1String(kRdf), QStringLiteral("Bag"));
        xml.writeStartElement(QLatin1String(kRdf), QStringLiteral("li"));
        xml.writeAttribute(QLatin1String(kRdf), QStringLiteral("parseType"),
                           QStringLiteral("Resource"));
        xml.writeTextElement(QLatin1String(schema), QStringLiteral("schema"),
                             QStringLiteral("DPO Console"));
        xml.writeTextElement(QLatin1String(schema), QStringLiteral("namespaceURI"),
                             QLatin1String(kDpoXmpNamespace));
        xml.writeTextElement(QLatin1String(schema), QStringLiteral("prefix"),
                             QStringLiteral("dpo"));
        xml.writeStartElement(QLatin1String(schema), QStringLiteral("property"));
        xml.writeStartElement(QLatin1String(kRdf), QStringLiteral("Seq"));
        for (const PdfProperty& p : description.properties) {
            xml.writeStartElement(QLatin1String(kRdf), QStringLiteral("li"));
            xml.writeAttribute(QLatin1String(kRdf), QStringLiteral("parseType"),
                               QStringLiteral("Resource"));
            xml.writeTextElement(QLatin1String(property), QStringLiteral("name"), p.name);
            xml.writeTextElement(QLatin1String(property), QStringLiteral("valueType"),
                                 QStringLiteral("Text"));
            xml.writeTextElement(QLatin1String(property), QStringLiteral("category"),
                                 QStringLiteral("external"));
            xml.writeTextElement(QLatin1String(property), QStringLiteral("description"),
                                 p.description);
            xml.writeEndElement();
        }
        xml.writeEndElement(); // Seq
        xml.writeEndElement(); // property
        xml.writeEndElement(); // li
        xml.writeEndElement(); // Bag
        xml.writeEndElement(); // schemas
        xml.writeEndElement(); // Description

        rdfDescription(xml, "dpo", kDpoXmpNamespace);
        for (const PdfProperty& p : description.properties)
            xml.writeTextElement(QLatin1String(kDpoXmpNamespace), p.name, p.value);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // RDF
    xml.writeEndElement(); // xmpmeta
    // The packet's wrapper, which XMP readers look for (a UTF-8 byte order mark in its begin).
    return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" + bytes +
           "\n<?xpacket end=\"w\"?>";
}

QByteArray archivalPdf(const PdfDescription& description,
                       const std::function<void(QPdfWriter&)>& render)
{
    // Qt stamps the information dictionary with the clock when the first page begins; the XMP,
    // written before, must carry the same second (PDF/A-1 wants them equal). A second that
    // turns in between is rare: the document is then drawn again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        QDateTime created = QDateTime::currentDateTime();
        created.setTime(
            QTime(created.time().hour(), created.time().minute(), created.time().second()));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
            writer.setTitle(description.title);
            writer.setCreator(QStringLiteral("DPO Console"));
            writer.setResolution(300);
            writer.setDocumentXmpMetadata(archivalXmp(description, created));
            render(writer);
        }
        if (infoCreationDate(bytes) == created)
            return bytes;
    }
    // Three turns of the second in a row: a clock being set while the document was drawn.
    throw Error(Error::Kind::Crypto,
                QStringLiteral("PDF/A: the document's date and its XMP metadata's differ"));
}

} // namespace dpo
