// Where in the region tree the dashboard is: "Anhui Province ▸ Hefei ▸ Baohe District", each
// region above the current one a flat button back up to it (buttons reused, so Tab order holds).
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QToolButton;

namespace medchain::ui {

class RegionBreadcrumb : public QWidget {
    Q_OBJECT
public:
    explicit RegionBreadcrumb(QWidget *parent = nullptr);

    /// Shows the path down to code (empty: the whole network). Emits nothing.
    void setRegion(const QString &code);
    QString region() const { return m_region; }

signals:
    /// A region above the current one was clicked.
    void regionChosen(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QList<QToolButton *> m_buttons;
    QList<QLabel *> m_separators;
    QLabel *m_current = nullptr;
    QString m_region;
    QStringList m_path;
};

} // namespace medchain::ui
