#include "common/SaveFileField.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace medchain::ui {

SaveFileField::SaveFileField(QWidget *parent) : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("path"));
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("browse"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_browse);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &SaveFileField::changed);
    connect(m_browse, &QPushButton::clicked, this, &SaveFileField::browse);
    retranslateUi();
}

QString SaveFileField::path() const
{
    const QString typed = m_edit->text().trimmed();
    return typed.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(typed));
}

void SaveFileField::setPath(const QString &path)
{
    m_edit->setText(QDir::toNativeSeparators(path));
}

void SaveFileField::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, QString(), path(), m_filter);
    if (!chosen.isEmpty())
        setPath(chosen);
}

void SaveFileField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SaveFileField::retranslateUi()
{
    m_browse->setText(tr("Bro&wse…"));
}

} // namespace medchain::ui
