#include "common/AboutDialog.h"

#include "common/LibraryVersions.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace medchain::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    auto *logo = new QLabel(this);
    const int logoSize = fontMetrics().height() * 4;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/medchain.svg")).pixmap(logoSize, logoSize));

    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);

    m_libraries = new QTreeWidget(this);
    m_libraries->setColumnCount(2);
    m_libraries->setRootIsDecorated(false);
    m_libraries->setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (const LibraryVersion &library : libraryVersions())
        new QTreeWidgetItem(m_libraries, {library.name, library.version});
    m_libraries->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *headingColumn = new QVBoxLayout;
    headingColumn->addWidget(m_heading);
    headingColumn->addWidget(m_description);
    auto *top = new QHBoxLayout;
    top->addWidget(logo, 0, Qt::AlignTop);
    top->addLayout(headingColumn, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_libraries, 1);
    layout->addWidget(buttons);

    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 40, em * 26);
    retranslateUi();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About MedChain"));
    m_heading->setText(tr("MedChain %1").arg(QApplication::applicationVersion()));
    m_description->setText(
        tr("Medical records shared between patients, doctors, institutions and regulators over a "
           "permissioned blockchain, with an encrypted replica on every machine."));
    m_libraries->setHeaderLabels({tr("Library"), tr("Version")});
}

} // namespace medchain::ui
