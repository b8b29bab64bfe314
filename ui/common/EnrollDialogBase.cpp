#include "common/EnrollDialogBase.h"

#include "common/NewKeystorePath.h"
#include "common/NewPassphraseFields.h"
#include "common/SaveFileField.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace medchain::ui {

EnrollDialogBase::EnrollDialogBase(const QString &fallbackFileName, QWidget *parent)
    : QDialog(parent), m_fallbackFileName(fallbackFileName)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_path = new SaveFileField(this);
    m_path->setObjectName(QStringLiteral("enrollKeystore"));
    m_passphraseNote = new QLabel(this);
    m_passphraseNote->setWordWrap(true);
    m_passphrase = new NewPassphraseFields(this);
    m_passphrase->setObjectName(QStringLiteral("enrollPassphrase"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("enrollProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setVisible(false);
    m_pathLabel = new QLabel(this);
    m_pathLabel->setBuddy(m_path->edit());

    m_buttons = new QDialogButtonBox(this);
    m_accept = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("enrollAccept"));
    m_accept->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("enrollCancel"));

    m_form = new QFormLayout;
    m_form->addRow(m_pathLabel, m_path);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_passphraseNote);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnrollDialogBase::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EnrollDialogBase::reject);
    connect(m_path, &SaveFileField::changed, this, [this] {
        if (!m_suggesting)
            m_pathChosen = true;
    });
    retranslateUi();
}

EnrollDialogBase::~EnrollDialogBase()
{
    m_passphrase->clear();
}

void EnrollDialogBase::addField(QLabel *label, QWidget *field)
{
    const int keystoreRow = m_form->rowCount() - 1;
    if (label)
        m_form->insertRow(keystoreRow, label, field);
    else
        m_form->insertRow(keystoreRow, QString(), field);
}

void EnrollDialogBase::suggestPathFrom(QLineEdit *name)
{
    connect(name, &QLineEdit::textChanged, this, &EnrollDialogBase::suggestPath);
    suggestPath(name->text());
}

void EnrollDialogBase::finishForm(std::initializer_list<QWidget *> fields)
{
    QWidget *previous = nullptr;
    for (QWidget *next : fields) {
        if (previous)
            setTabOrder(previous, next);
        previous = next;
    }
    if (previous)
        setTabOrder(previous, m_path);
    setTabOrder(m_path, m_passphrase);
    setTabOrder(m_passphrase, m_accept);
    setTabOrder(m_accept, m_cancel);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 44, sizeHint().height());
}

void EnrollDialogBase::setTexts(const Texts &texts)
{
    m_texts = texts;
    m_intro->setText(texts.intro);
    m_pathLabel->setText(texts.keystoreLabel);
    m_passphraseNote->setText(texts.passphraseNote);
}

QString EnrollDialogBase::keystorePath() const
{
    return NewKeystorePath::withSuffix(m_path->path());
}

crypto::SecureBuffer EnrollDialogBase::takePassphrase()
{
    return std::move(m_passphraseUtf8);
}

void EnrollDialogBase::suggestPath(const QString &name)
{
    if (m_pathChosen)
        return;
    m_suggesting = true;
    m_path->setPath(NewKeystorePath::suggestion(name, m_fallbackFileName));
    m_suggesting = false;
}

EnrollDialogBase::FieldProblem EnrollDialogBase::firstProblem() const
{
    if (FieldProblem own = fieldProblem(); !own.text.isEmpty())
        return own;
    const QString path = keystorePath();
    if (path.isEmpty() && !m_texts.noKeystore.isEmpty())
        return {m_texts.noKeystore, m_path->edit()};
    if (const QString why = NewKeystorePath::problem(path); !why.isEmpty())
        return {why, m_path->edit()};
    if (const QString why = m_passphrase->problem(); !why.isEmpty())
        return {m_texts.passphraseProblem.arg(why), m_passphrase->first()};
    return {};
}

QString EnrollDialogBase::problem() const
{
    return firstProblem().text;
}

void EnrollDialogBase::accept()
{
    const FieldProblem wrong = firstProblem();
    if (!wrong.text.isEmpty()) {
        if (wrong.field == m_passphrase->first())
            m_passphrase->clear(); // typed again from the start, by whoever it belongs to
        else if (auto *edit = qobject_cast<QLineEdit *>(wrong.field))
            edit->selectAll();
        m_problem->setText(wrong.text);
        m_problem->setVisible(true);
        if (wrong.field)
            wrong.field->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_passphraseUtf8 = m_passphrase->take();
    QDialog::accept();
}

void EnrollDialogBase::done(int result)
{
    m_passphrase->clear();
    QDialog::done(result);
}

void EnrollDialogBase::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void EnrollDialogBase::retranslateUi()
{
    m_path->setFilter(tr("MedChain keystores (*.mcid);;All files (*)"));
    m_accept->setText(tr("&Enroll"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace medchain::ui
