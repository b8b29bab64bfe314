#include "patient/ConfirmBox.h"

#include <QMessageBox>
#include <QPushButton>

namespace medchain::ui {

QMessageBox *askToConfirm(QWidget *parent, const QString &objectName, const QString &title,
                          const QString &text, const QString &yesText, std::function<void()> onYes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(yesText, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmYes"));
    QPushButton *no = box->addButton(QMessageBox::Cancel);
    no->setObjectName(QStringLiteral("confirmNo"));
    // Doing nothing is the safe answer to Enter.
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [yes, onYes = std::move(onYes)](QAbstractButton *clicked) {
                         if (clicked == yes)
                             onYes();
                     });
    box->open();
    return box;
}

} // namespace medchain::ui
