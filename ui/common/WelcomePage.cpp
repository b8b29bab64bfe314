#include "common/WelcomePage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>

namespace medchain::ui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    auto *logo = new QLabel(this);
    const int logoSize = fontMetrics().height() * 5;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/medchain.svg")).pixmap(logoSize, logoSize));

    m_text = new QTextBrowser(this);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setOpenLinks(false);
    m_text->viewport()->setAutoFillBackground(false);

    auto *row = new QHBoxLayout(this);
    const int margin = fontMetrics().height() * 2;
    row->setContentsMargins(margin, margin, margin, 0);
    row->setSpacing(margin);
    row->addWidget(logo, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);

    retranslateUi();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    const QString html
        = QStringLiteral("<h1>%1</h1><p>%2</p><h3>%3</h3>%4<h3>%5</h3>%6")
              .arg(
                  tr("Welcome to MedChain"),
                  tr("MedChain keeps your medical records on a permissioned blockchain shared by "
                     "hospitals, clinics and the health authority. Records are encrypted: only "
                     "you, the "
                     "doctor who wrote them and the people you authorize can read them, and every "
                     "read "
                     "is logged for you to see. Nothing on the chain can be changed without a "
                     "trace."),
                  tr("Who it is for"),
                  tr("<p><b>Patients</b> browse their records, decide which doctors and "
                     "institutions "
                     "may read them, see who did, confirm corrections and pay fees from their "
                     "wallet.</p>"
                     "<p><b>Doctors</b> enter diagnoses at their workstation and read the history "
                     "their "
                     "patients shared with them.</p>"
                     "<p><b>Regulators</b> watch case dashboards and outbreak alerts and trace any "
                     "record in a dispute.</p>"),
                  tr("How to start"),
                  tr("<p>Your identity is a key file issued at a hospital's registration desk "
                     "(patients) or by your institution (doctors and staff). Keep its passphrase "
                     "to "
                     "yourself: nobody, including MedChain, can recover it.</p>"
                     "<p>Use the <b>Language</b> menu to switch between English and Chinese at any "
                     "time, and <b>Help ▸ About MedChain</b> to see the version and libraries in "
                     "use.</p>"));
    m_text->setHtml(html);
}

} // namespace medchain::ui
