#pragma once

#include <QTranslator>

// Pseudo-localisation: every tr() string comes back about 40% longer, as German and French often are, so a
// test can catch a width computed from the English text. Placeholders and accelerators are kept.
class PseudoTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char * = nullptr, int = -1) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        if (source.isEmpty())
            return source;
        return source + QString(qMax(2, int(source.size() * 2 / 5)), QLatin1Char('~'));
    }
};
